package pl.wiec.notifications.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import pl.wiec.notifications.entity.Follow;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.platform.control.InsertOnce;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/**
 * A resident follows a project or an idea and hears of what happens to it; following twice (or with a double click)
 * leaves one follow. The pages offer it only where the resident can see the project or idea; what followers hear is
 * decided where it happens (only published projects and visible ideas announce anything).
 */
@Stateless
public class Follows {

    private static final Logger LOG = Logger.getLogger(Follows.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    InsertOnce insertOnce;

    @RolesAllowed(Resident.ROLE)
    public void follow(@NotNull Subject subject, long subjectId) {
        long me = residents.me().id();
        try {
            insertOnce.insert(new Follow(me, subject, subjectId, Instant.now(Clock.systemUTC())),
                    new Follow.Key(me, subject, subjectId));
        } catch (EJBException raced) {
            LOG.fine(() -> "A follow of " + subject + " " + subjectId + " was already stored by a parallel request");
        }
    }

    @RolesAllowed(Resident.ROLE)
    public void unfollow(@NotNull Subject subject, long subjectId) {
        em.createQuery("delete from Follow f where f.residentId = :me and f.subject = :subject and f.subjectId = :id")
                .setParameter("me", residents.me().id()).setParameter("subject", subject).setParameter("id", subjectId)
                .executeUpdate();
    }

    @RolesAllowed(Resident.ROLE)
    public boolean following(@NotNull Subject subject, long subjectId) {
        return em.find(Follow.class, new Follow.Key(residents.myId(), subject, subjectId)) != null;
    }

    /** How many residents follow it (shown on the page). */
    @PermitAll
    public long followers(@NotNull Subject subject, long subjectId) {
        return em.createQuery("select count(f) from Follow f where f.subject = :subject and f.subjectId = :id",
                Long.class).setParameter("subject", subject).setParameter("id", subjectId).getSingleResult();
    }
}
