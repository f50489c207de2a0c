package pl.wiec.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.discussion.entity.Comment;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationDecision;

/** Applies moderators' decisions on comments, in the transaction of the decision. */
@ApplicationScoped
public class CommentModeration {

    @PersistenceContext
    EntityManager em;

    void decided(@Observes ModerationDecision decision) {
        if (decision.type() == ContentType.COMMENT) {
            Comment comment = em.find(Comment.class, decision.contentId());
            if (comment != null) {
                comment.moderate(decision.visibility(), decision.reason());
            }
        }
    }
}
