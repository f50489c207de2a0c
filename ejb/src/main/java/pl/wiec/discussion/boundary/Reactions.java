package pl.wiec.discussion.boundary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.discussion.entity.Reaction;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.platform.control.InsertOnce;
import pl.wiec.platform.entity.IdeaResidentKey;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/** Likes of ideas: a signed-in resident likes an idea once (or takes the like back); anyone reads the counts. */
@Stateless
public class Reactions {

    private static final Logger LOG = Logger.getLogger(Reactions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InsertOnce insertOnce;

    @Inject
    Residents residents;

    @Inject
    Ideas ideas;

    /** Likes the idea; liking it again, or twice at once, leaves one like. */
    @RolesAllowed(Resident.ROLE)
    public void like(long ideaId) {
        long me = residents.me().id();
        if (ideas.find(ideaId).isEmpty()) {
            throw new IllegalArgumentException("No idea " + ideaId);
        }
        try {
            insertOnce.insert(new Reaction(ideaId, me, java.time.Instant.now()), new IdeaResidentKey(ideaId, me));
        } catch (EJBException raced) {
            LOG.fine(() -> "A like of idea " + ideaId + " was already stored by a parallel request");
        }
    }

    @RolesAllowed(Resident.ROLE)
    public void unlike(long ideaId) {
        em.createQuery("delete from Reaction r where r.ideaId = :idea and r.residentId = :me")
                .setParameter("idea", ideaId).setParameter("me", residents.me().id()).executeUpdate();
    }

    @RolesAllowed(Resident.ROLE)
    public boolean likedByMe(long ideaId) {
        return !em.createQuery("select r.ideaId from Reaction r where r.ideaId = :idea and r.residentId = :me")
                .setParameter("idea", ideaId).setParameter("me", residents.me().id()).getResultList().isEmpty();
    }

    /** Likes per idea for the given ideas (ideas without likes are absent). */
    @PermitAll
    public Map<Long, Long> counts(Collection<Long> ideaIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em
                .createQuery("select r.ideaId, count(r) from Reaction r where r.ideaId in :ids group by r.ideaId",
                        Object[].class)
                .setParameter("ids", ideaIds).getResultList();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
