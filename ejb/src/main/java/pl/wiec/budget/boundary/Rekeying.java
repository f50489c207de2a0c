package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.boundary.CardRejected.Problem;
import pl.wiec.budget.control.BallotKeys;
import pl.wiec.budget.entity.Ballot;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.Rekey;
import pl.wiec.staff.entity.Roles;

/**
 * Quality control of paper entry: a second staff member keys a closed batch's cards (all, or a sample) again, card by
 * card by their number in the batch. Each re-keyed card is compared with the first keying by a keyed hash of everything
 * keyed from it (number, identity, marks, verdict); nothing re-keyed is ever counted. The share of cards keyed
 * differently is the batch's entry error ({@link BatchSummary#errorRate()}).
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
public class Rekeying {

    public static final String REKEY = "budget.batch.rekey";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    BallotKeys keys;

    @Inject
    Event<StaffAction> staffActions;

    /**
     * Starts keying a closed batch again, as a second person, to measure entry errors.
     *
     * @throws RekeyRefused
     *             when the batch is open or the caller keyed it
     */
    public Batch openRekey(long batchId) throws RekeyRefused {
        Batch original = em.find(Batch.class, batchId);
        if (original == null || original.isRekey()) {
            throw new IllegalArgumentException("No batch " + batchId + " to re-key");
        }
        if (!original.isClosed()) {
            throw new RekeyRefused("Batch " + batchId + " is still open");
        }
        if (original.enteredBy().equals(me())) {
            throw new RekeyRefused("Batch " + batchId + " must be re-keyed by someone else");
        }
        Batch rekey = new Batch(original.editionId(), original.channel(), original.place(), me(), batchId, now());
        em.persist(rekey);
        em.flush();
        staffActions.fire(new StaffAction(REKEY, "batch " + rekey.id(), "re-keying batch " + batchId));
        return rekey;
    }

    /**
     * Keys one card of the original batch again (by its number there).
     *
     * @return whether it was keyed the same as the first time
     */
    public boolean rekey(long rekeyBatchId, int cardNumber, @NotNull CardEntry entry) throws CardRejected {
        Batch rekey = em.find(Batch.class, rekeyBatchId, LockModeType.PESSIMISTIC_WRITE);
        if (rekey == null || !rekey.isRekey()) {
            throw new IllegalArgumentException("No re-key batch " + rekeyBatchId);
        }
        if (rekey.isClosed()) {
            throw new CardRejected(Map.of("batch", Problem.BATCH_CLOSED));
        }
        if (!rekey.enteredBy().equals(me())) {
            throw new CardRejected(Map.of("batch", Problem.NOT_YOUR_BATCH));
        }
        Optional<Ballot> found = em
                .createQuery("select b from Ballot b where b.batchId = :batch and b.cardNumber = :number", Ballot.class)
                .setParameter("batch", rekey.rekeyOf()).setParameter("number", cardNumber).getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            throw new CardRejected(Map.of("cardNumber", Problem.UNKNOWN_CARD));
        }
        Ballot original = found.get();
        String check = keys.check(entry.keyed(cardNumber));
        Rekey existing = em.find(Rekey.class, new Rekey.Key(rekeyBatchId, cardNumber));
        if (existing != null) {
            em.remove(existing);
            em.flush();
        } else {
            rekey.nextCard();
        }
        em.persist(new Rekey(rekeyBatchId, cardNumber, check));
        return check.equals(original.cardCheck());
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
