package pl.wiec.platform.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.platform.entity.FailedSignIns;
import pl.wiec.platform.entity.Sha256;

/**
 * Holds password sign-in of a login from a client after too many wrong passwords ({@link FailedSignIns}): residents'
 * e-mail sign-in and staff sign-in alike. The login is compared without regard to letter case, as the directory and
 * e-mail addresses compare it. Runs in its caller's transaction.
 */
@Dependent
public class SignInThrottle {

    /** Who signs in: the kinds never share a subject, whatever the login. */
    public enum Kind {
        RESIDENT, STAFF
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    InsertOnce insertOnce;

    /** Until when sign-in of this login from this client is held, if it is. */
    public Optional<Instant> heldUntil(Kind kind, String login, String client, Instant now) {
        FailedSignIns failures = em.find(FailedSignIns.class, FailedSignIns.id(subject(kind, login), key(client)));
        return failures != null && failures.isHeldAt(now) ? Optional.of(failures.heldUntil()) : Optional.empty();
    }

    /** Counts a wrong password; tells until when sign-in is held if this one started (or met) a hold. */
    public Optional<Instant> failed(Kind kind, String login, String client, Instant now) {
        String subject = subject(kind, login);
        String id = FailedSignIns.id(subject, key(client));
        if (em.find(FailedSignIns.class, id) == null) {
            try {
                insertOnce.insert(new FailedSignIns(subject, key(client), now), id);
            } catch (EJBException raced) {
                // a parallel wrong password stored the row first: count on it
            }
        }
        FailedSignIns failures = em.find(FailedSignIns.class, id, LockModeType.PESSIMISTIC_WRITE);
        failures.failed(now);
        return failures.isHeldAt(now) ? Optional.of(failures.heldUntil()) : Optional.empty();
    }

    /** A right password from this client: its count starts again. */
    public void succeeded(Kind kind, String login, String client) {
        FailedSignIns failures = em.find(FailedSignIns.class, FailedSignIns.id(subject(kind, login), key(client)));
        if (failures != null) {
            em.remove(failures);
        }
    }

    /** The login's owner proved who they are otherwise (a reset link): every hold of the login ends. */
    public void forgive(Kind kind, String login) {
        em.createQuery("delete from FailedSignIns f where f.subject = :subject")
                .setParameter("subject", subject(kind, login)).executeUpdate();
    }

    /** Forgets counts whose window has passed and holds that have ended. */
    public int purge(Instant now) {
        return em.createQuery(
                "delete from FailedSignIns f where (f.heldUntil is null or f.heldUntil <= :now) and f.firstAt <= :since")
                .setParameter("now", now).setParameter("since", now.minus(FailedSignIns.WINDOW)).executeUpdate();
    }

    private static String subject(Kind kind, String login) {
        return Sha256.hex((kind + ":" + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT)))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String key(String client) {
        return Sha256.hex((client == null ? "" : client).getBytes(StandardCharsets.UTF_8));
    }
}
