package pl.wiec.residents.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.AccountDeleted;
import pl.wiec.residents.entity.Resident;

/**
 * Forgets a resident: their links and tickets, every personal datum of the account (the row stays, so that what it
 * contributed stays counted without a name), and, through {@link AccountDeleted}, what other components keep of them.
 * For an account deleted by its resident, and nightly for e-mail accounts never confirmed within
 * {@link #UNCONFIRMED_KEPT}: nobody proved the address theirs, and the data was kept for the confirmation only.
 */
@Stateless
@PermitAll
public class AccountForgetting {

    /** How long an e-mail account waits for its address to be confirmed. */
    public static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(AccountForgetting.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountDeleted> deletions;

    public void forget(Resident resident) {
        em.createQuery("delete from EmailToken t where t.residentId = :id").setParameter("id", resident.id())
                .executeUpdate();
        em.createQuery("delete from SignInTicket t where t.principal = :principal")
                .setParameter("principal", resident.principalName()).executeUpdate();
        resident.anonymise(Instant.now(Clock.systemUTC()));
        deletions.fire(new AccountDeleted(resident.id()));
    }

    /** Nightly; a run on two nodes forgets each account once (a forgotten one no longer matches). */
    @Schedule(hour = "2", minute = "41", persistent = false)
    public void forgetUnconfirmed() {
        int forgotten = forgetUnconfirmedCreatedBefore(Instant.now(Clock.systemUTC()).minus(UNCONFIRMED_KEPT));
        if (forgotten > 0) {
            LOG.info(() -> forgotten + " e-mail accounts never confirmed were forgotten");
        }
    }

    /** Forgets the e-mail accounts created before this instant whose address was never confirmed. */
    public int forgetUnconfirmedCreatedBefore(Instant before) {
        List<Resident> unconfirmed = em.createQuery(
                "select r from Resident r where r.emailConfirmedAt is null"
                        + " and r.nationalKey is null and r.deletedAt is null and r.createdAt < :before",
                Resident.class).setParameter("before", before).getResultList();
        unconfirmed.forEach(this::forget);
        return unconfirmed.size();
    }
}
