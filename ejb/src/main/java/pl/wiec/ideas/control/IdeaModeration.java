package pl.wiec.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.ideas.entity.Idea;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationDecision;

/** Applies moderators' decisions on ideas, in the transaction of the decision. */
@ApplicationScoped
public class IdeaModeration {

    @PersistenceContext
    EntityManager em;

    void decided(@Observes ModerationDecision decision) {
        if (decision.type() == ContentType.IDEA) {
            Idea idea = em.find(Idea.class, decision.contentId());
            if (idea != null) {
                idea.moderate(decision.visibility(), decision.reason());
            }
        }
    }
}
