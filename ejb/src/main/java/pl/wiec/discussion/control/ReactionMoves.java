package pl.wiec.discussion.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.ideas.control.IdeaCounters;
import pl.wiec.ideas.entity.IdeasMerged;

/**
 * When a duplicate idea is merged into another, its reactions move there (a resident who reacted to both keeps their
 * reaction to the other idea), and both ideas' counts are counted again. Comments stay under the duplicate, where they
 * were written.
 */
@ApplicationScoped
public class ReactionMoves {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdeaCounters counters;

    void merged(@Observes IdeasMerged merged) {
        em.createNativeQuery("insert into reaction (idea_id, resident_id, kind, reacted_at)"
                + " select ?, r.resident_id, r.kind, r.reacted_at from reaction r where r.idea_id = ? and not exists"
                + " (select 1 from reaction t where t.idea_id = ? and t.resident_id = r.resident_id)")
                .setParameter(1, merged.intoId()).setParameter(2, merged.duplicateId()).setParameter(3, merged.intoId())
                .executeUpdate();
        em.createNativeQuery("delete from reaction where idea_id = ?").setParameter(1, merged.duplicateId())
                .executeUpdate();
        counters.recount(merged.duplicateId());
        counters.recount(merged.intoId());
    }
}
