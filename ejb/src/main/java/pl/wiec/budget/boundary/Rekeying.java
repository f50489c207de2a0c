package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * differently is the batch's entry error ({@link BatchSummary#errorRate()}). A card keyed differently is shown with
 * both readings side by side ({@link #differences}) and decided by someone who did not key the batch: the first keying
 * stands ({@link #confirmFirst}), or the card is keyed anew ({@link PaperBallots#correct}). Where the edition's rules
 * ask, every batch is re-keyed in full and every difference decided before the count can become official.
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
public class Rekeying {

    public static final String REKEY = "budget.batch.rekey";
    public static final String FIRST_RIGHT = "budget.card.first-keying-stands";

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
        em.persist(new Rekey(rekeyBatchId, cardNumber, check, entry.reading().text(),
                keys.identityCheck(rekey.editionId(), rekey.rekeyOf(), cardNumber, entry.identity())));
        return check.equals(original.cardCheck());
    }

    /**
     * The cards of a batch that a re-keying read differently from the card as it now stands, and those decided, by card
     * number; each re-keying of a card is listed.
     */
    public List<KeyingDifference> differences(long batchId) {
        List<KeyingDifference> differences = new ArrayList<>();
        em.createQuery("select r, b, k from Rekey r, Batch k, Ballot b where k.id = r.batchId and k.rekeyOf = :batch"
                + " and b.batchId = :batch and b.cardNumber = r.cardNumber"
                + " and (r.cardCheck <> b.cardCheck or r.decision is not null)" + " order by r.cardNumber, r.batchId",
                Object[].class).setParameter("batch", batchId).getResultList().forEach(row -> {
                    Rekey rekey = (Rekey) row[0];
                    Ballot card = (Ballot) row[1];
                    Batch by = (Batch) row[2];
                    differences.add(new KeyingDifference(rekey.cardNumber(), rekey.batchId(), by.enteredBy(),
                            card.identityCheck() == null || rekey.identityCheck() == null ? null
                                    : card.identityCheck().equals(rekey.identityCheck()),
                            card.reading(), rekey.reading(), rekey.decision(), rekey.decidedBy(), rekey.decidedAt()));
                });
        return differences;
    }

    /**
     * Decides a card keyed differently in favour of the first keying, after checking it against the paper: by someone
     * who did not key the batch. (Where the second keying was right, the card is corrected instead:
     * {@link PaperBallots#correct}.)
     *
     * @return false when there is no such undecided difference (someone decided it meanwhile)
     */
    public boolean confirmFirst(long rekeyBatchId, int cardNumber) throws CardRejected {
        Rekey rekey = em.find(Rekey.class, new Rekey.Key(rekeyBatchId, cardNumber), LockModeType.PESSIMISTIC_WRITE);
        if (rekey == null || rekey.decision() != null) {
            return false;
        }
        Batch original = em.find(Batch.class, em.find(Batch.class, rekeyBatchId).rekeyOf());
        if (original.enteredBy().equals(me())) {
            throw new CardRejected(Map.of("batch", Problem.SAME_KEYER));
        }
        rekey.decide(Rekey.Decision.FIRST_RIGHT, me(), now());
        staffActions.fire(new StaffAction(FIRST_RIGHT, "batch " + original.id(),
                "card " + cardNumber + ": the first keying stands (re-keyed in batch " + rekeyBatchId + ")"));
        return true;
    }

    /** The edition's cards keyed differently and not yet decided. */
    public long undecided(long editionId) {
        return ((Number) em.createNativeQuery("select count(*) from budget_rekey r"
                + " join budget_batch k on k.id = r.batch_id join budget_ballot b on b.batch_id = k.rekey_of"
                + " and b.card_number = r.card_number where k.project_id = ? and r.card_check <> b.card_check"
                + " and r.decision is null").setParameter(1, editionId).getSingleResult()).longValue();
    }

    /** The edition's batches with cards not all keyed again in a closed re-key batch. */
    public long notFullyRekeyed(long editionId) {
        return ((Number) em.createNativeQuery("select count(*) from budget_batch b where b.project_id = ?"
                + " and b.rekey_of is null and b.cards > (select count(distinct r.card_number) from budget_rekey r"
                + " join budget_batch k on k.id = r.batch_id where k.rekey_of = b.id and k.closed_at is not null)")
                .setParameter(1, editionId).getSingleResult()).longValue();
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
