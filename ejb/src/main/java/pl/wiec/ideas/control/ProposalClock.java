package pl.wiec.ideas.control;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.ideas.entity.IdeaStatus;

/**
 * Proposals whose days are over without enough supports take the status "expired". Every five minutes on every node
 * (the update is idempotent) and so also right after a restart: the state lives in the database, not in a timer.
 */
@Stateless
@PermitAll
public class ProposalClock {

    public static final String EXPIRED = "expired";
    private static final Logger LOG = Logger.getLogger(ProposalClock.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public int expire() {
        int expired = em
                .createQuery("update Idea i set i.status = :expired where i.status = :submitted"
                        + " and i.supportsUntil is not null and i.supportsUntil < :now")
                .setParameter("expired", EXPIRED).setParameter("submitted", IdeaStatus.SUBMITTED)
                .setParameter("now", Instant.now(Clock.systemUTC())).executeUpdate();
        if (expired > 0) {
            LOG.info(() -> expired + " proposals expired without enough support");
        }
        return expired;
    }
}
