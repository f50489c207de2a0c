package pl.wiec.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The counts an idea list sorts by (likes, dislikes, comments), kept on the idea's row so that sorting 10,000 ideas
 * needs no aggregation over their reactions and comments. After every change of a reaction or a comment, the caller
 * counts the idea's rows again in its own transaction, holding the idea's row lock: recounts queue one after the other,
 * each sees every change committed before it, so the last one leaves the true count even under concurrent clicks (an
 * increment could be lost where a like's own short transaction and the caller's disagree).
 */
@ApplicationScoped
public class IdeaCounters {

    @PersistenceContext
    EntityManager em;

    public void recount(long ideaId) {
        em.createNativeQuery("select id from idea where id = ? for update").setParameter(1, ideaId).getResultList();
        em.createNativeQuery("update idea set"
                + " likes = (select count(*) from reaction r where r.idea_id = idea.id and r.kind = 'LIKE'),"
                + " dislikes = (select count(*) from reaction r where r.idea_id = idea.id and r.kind = 'DISLIKE'),"
                + " comments = (select count(*) from idea_comment c where c.idea_id = idea.id and c.deleted_at is null)"
                + " where id = ?").setParameter(1, ideaId).executeUpdate();
    }
}
