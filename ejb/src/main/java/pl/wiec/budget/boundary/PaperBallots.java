package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.boundary.CardRejected.Problem;
import pl.wiec.budget.control.AgeGroups;
import pl.wiec.budget.control.BallotBox;
import pl.wiec.budget.control.BallotKeys;
import pl.wiec.budget.control.BudgetVotingMethod;
import pl.wiec.budget.entity.Ballot;
import pl.wiec.budget.entity.BallotProblem;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.CardReading;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.Rekey;
import pl.wiec.budget.entity.Voter;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.staff.entity.Roles;

/**
 * Paper and postal ballots keyed by staff, batch by batch. Each card is checked as the rules say (identity complete, a
 * postal card in time, each pool's limits) and against everyone who voted already, online or on another card: by the
 * PESEL where the card has one, else by name and address. A card of someone who voted already is kept as invalid, and
 * where the rules say all that person's ballots are invalid, their earlier ballot stops counting too. A second staff
 * member can key a closed batch again ({@link Rekeying}); the share of cards keyed differently is the batch's entry
 * error, shown with the batches here.
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
public class PaperBallots {

    public static final String OPENED = "budget.batch.opened";
    public static final String CLOSED = "budget.batch.closed";
    public static final String CORRECTED = "budget.card.corrected";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    BallotKeys keys;

    @Inject
    BallotBox box;

    @Inject
    Residents residents;

    @Inject
    Projects projects;

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    @Inject
    Event<StaffAction> staffActions;

    /**
     * Opens a batch of cards from a ballot box (one of the edition's places) or from the post. It takes the edition's
     * lock, as publishing the result does: a batch opens either before a publication (which it then stops, being open)
     * or after it, never while the count, its receipts and its list of ballots are being stored.
     */
    public Batch open(long editionId, @NotNull Channel channel, @NotBlank @Size(max = 200) String place) {
        em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        Edition edition = edition(editionId);
        if (channel == Channel.ONLINE || !edition.rules().channels().contains(channel)) {
            throw new IllegalArgumentException("The edition takes no " + channel + " ballots");
        }
        Batch batch = new Batch(editionId, channel, place.trim(), me(), null, now());
        em.persist(batch);
        em.flush();
        staffActions.fire(new StaffAction(OPENED, "batch " + batch.id(), channel + ", " + batch.place()));
        return batch;
    }

    /** Closes the batch: no more cards; it may then be re-keyed. */
    public Batch close(long batchId) {
        Batch batch = em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        batch.close(now());
        staffActions.fire(new StaffAction(CLOSED, "batch " + batchId, batch.cards() + " cards"));
        return batch;
    }

    /**
     * Keys one card into the batch.
     *
     * @throws CardRejected
     *             for a keying mistake (nothing is stored)
     */
    public CardOutcome enter(long batchId, @NotNull CardEntry entry) throws CardRejected {
        // Not locked here: the card's own transaction (BallotBox) locks the batch while it numbers and stores the card,
        // and a lock held here would block that transaction's insert of a row that refers to the batch.
        Batch batch = em.find(Batch.class, batchId);
        if (batch == null || batch.isRekey()) {
            throw new IllegalArgumentException("No batch " + batchId + " to key cards into");
        }
        if (batch.isClosed()) {
            throw new CardRejected(Map.of("batch", Problem.BATCH_CLOSED));
        }
        if (!batch.enteredBy().equals(me())) {
            throw new CardRejected(Map.of("batch", Problem.NOT_YOUR_BATCH));
        }
        Edition edition = edition(batch.editionId());
        Card card = prepared(edition, batch, entry);
        if (card.invalid().isPresent()) {
            int number = nextCard(batch);
            em.persist(card.invalidAs(number, card.invalid().get()));
            return new CardOutcome(number, false, card.invalid().get(), null, null);
        }
        try {
            int number = box.storeCard(batchId, card::countedAs, card.voterMark());
            return new CardOutcome(number, true, null, null, card.voids());
        } catch (EJBException taken) {
            if (!UniqueKeys.violatedBy(taken)) {
                throw taken;
            }
            return duplicate(card, nextCard(batch));
        }
    }

    /**
     * Keys a card of a closed batch anew, as it reads on paper, in place of what was keyed: after a re-keying found it
     * keyed differently (and only then), by someone who did not key the batch (the re-keyer may: two people have read
     * the card; many a gmina's office has no third). The card keeps its number; its person's mark in the voter list is
     * taken back and made again from the new keying, so a corrected name or address is checked against everyone who
     * voted, as at first. The re-keyings of the card are decided as corrected; the audit log has the readings before
     * and after (never the person).
     *
     * @throws CardRejected
     *             for a keying mistake, a batch still open or keyed by the caller, an unknown card or one with no
     *             undecided difference, or a card whose person other votes were found to repeat (nothing is changed)
     */
    public CardOutcome correct(long batchId, int cardNumber, @NotNull CardEntry entry) throws CardRejected {
        Batch batch = em.find(Batch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.isRekey()) {
            throw new IllegalArgumentException("No batch " + batchId + " to correct");
        }
        if (!batch.isClosed()) {
            throw new CardRejected(Map.of("batch", Problem.BATCH_OPEN));
        }
        if (batch.enteredBy().equals(me())) {
            throw new CardRejected(Map.of("batch", Problem.SAME_KEYER));
        }
        Edition edition = em.find(Edition.class, batch.editionId(), LockModeType.PESSIMISTIC_WRITE);
        Ballot old = em
                .createQuery("select b from Ballot b where b.batchId = :batch and b.cardNumber = :number", Ballot.class)
                .setParameter("batch", batchId).setParameter("number", cardNumber).getResultStream().findFirst()
                .orElseThrow(() -> new CardRejected(Map.of("cardNumber", Problem.UNKNOWN_CARD)));
        List<Rekey> differing = em
                .createQuery("select r from Rekey r, Batch b where b.id = r.batchId and b.rekeyOf = :batch"
                        + " and r.cardNumber = :number and r.decision is null", Rekey.class)
                .setParameter("batch", batchId).setParameter("number", cardNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(rekey -> !rekey.cardCheck().equals(old.cardCheck())).toList();
        if (differing.isEmpty()) {
            throw new CardRejected(Map.of("cardNumber", Problem.NO_DIFFERENCE));
        }
        Voter owner = old.ownsVoter() ? ownerOf(edition, old) : null;
        if (old.invalidReason() == InvalidReason.ALL_INVALID || owner != null && repeated(edition, old, owner)) {
            throw new CardRejected(Map.of("cardNumber", Problem.REPEATED_PERSON));
        }
        // a ballot-box card keeps its day (a postal card's is what was keyed: the day it arrived)
        Card card = prepared(edition, batch, entry, batch.channel() == Channel.PAPER ? old.castOn() : null);
        if (owner != null) {
            em.remove(owner);
        }
        String before = old.reading() == null ? "?" : old.reading().text();
        em.remove(old);
        em.flush();
        CardOutcome outcome;
        if (card.invalid().isPresent()) {
            em.persist(card.invalidAs(cardNumber, card.invalid().get()));
            outcome = new CardOutcome(cardNumber, false, card.invalid().get(), null, null);
        } else if (earlierVoter(card).isPresent()) {
            outcome = duplicate(card, cardNumber);
        } else {
            em.persist(card.voterMark());
            em.persist(card.countedAs(cardNumber));
            outcome = new CardOutcome(cardNumber, true, null, null, card.voids());
        }
        differing.forEach(rekey -> rekey.decide(Rekey.Decision.CORRECTED, me(), now()));
        staffActions.fire(new StaffAction(CORRECTED, "batch " + batchId,
                "card " + cardNumber + ": " + before + " -> " + card.reading().text()));
        return outcome;
    }

    /**
     * The voter-list mark the card made: found through the keyed link (the list and the ballots share no column), by
     * computing each voter's link. Only ids and keys are read; a correction is rare.
     */
    private Voter ownerOf(Edition edition, Ballot card) {
        return em.createQuery("select v.id, v.voterKey from Voter v where v.editionId = :edition", Object[].class)
                .setParameter("edition", edition.projectId()).getResultStream()
                .filter(row -> keys.link((String) row[1]).equals(card.link())).findFirst()
                .map(row -> em.find(Voter.class, row[0], LockModeType.PESSIMISTIC_WRITE)).orElse(null);
    }

    /**
     * Whether other votes were found to be the card's person: cards repeating them, or a clerk's "one person" decision
     * on a near match. Correcting the card would leave those votes decided against a person no longer there.
     */
    private boolean repeated(Edition edition, Ballot card, Voter owner) {
        long repeating = em
                .createQuery("select count(b) from Ballot b where b.editionId = :edition"
                        + " and b.link = :link and b.receipt <> :receipt", Long.class)
                .setParameter("edition", edition.projectId()).setParameter("link", card.link())
                .setParameter("receipt", card.receipt()).getSingleResult();
        long merged = em.createQuery("select count(v) from Voter v where v.mergedInto = :owner", Long.class)
                .setParameter("owner", owner.id()).getSingleResult();
        return repeating > 0 || merged > 0 || owner.isMerged();
    }

    /** A card prepared for storing: its person's keys, its verdict, and how it is stored counted or not. */
    private record Card(Edition edition, Batch batch, CardEntry entry, Map<Long, List<Long>> chosen, String voter,
            String cardKey, Voter voterMark, Optional<InvalidReason> invalid, Map<Long, InvalidReason> voids,
            BallotKeys keys) {

        LocalDate castOn() {
            return voterMark.votedOn();
        }

        CardReading reading() {
            return entry.reading();
        }

        /** The card as counted, numbered: its choices per pool (none in a voided pool). */
        Ballot countedAs(int number) {
            Ballot card = base(number, keys.link(voter)).asVote();
            for (Pool pool : edition.pools()) {
                if (voids.containsKey(pool.id())) {
                    card.voidPool(pool.id(), voids.get(pool.id()));
                } else {
                    card.choose(pool.rules(), chosen.getOrDefault(pool.id(), List.of()));
                }
            }
            return card;
        }

        /** The card as invalid, numbered, linked to its person (or, for a repeated vote, to the earlier one). */
        Ballot invalidAs(int number, InvalidReason reason) {
            return invalidAs(number, reason, keys.link(voter));
        }

        Ballot invalidAs(int number, InvalidReason reason, String link) {
            Ballot card = base(number, link);
            card.invalidate(reason);
            return card;
        }

        private Ballot base(int number, String link) {
            return Ballot.card(BallotKeys.receipt(), batch, number, keys.check(entry.keyed(number)), link, castOn())
                    .read(entry.reading().text(),
                            keys.identityCheck(edition.projectId(), batch.id(), number, entry.identity()));
        }
    }

    /** The card checked and its person's keys made, as the edition's rules say. */
    private Card prepared(Edition edition, Batch batch, CardEntry entry) throws CardRejected {
        return prepared(edition, batch, entry, null);
    }

    /** The same, with the day the card was cast given ({@code castOn}; null: as the batch's channel says). */
    private Card prepared(Edition edition, Batch batch, CardEntry entry, LocalDate castOn) throws CardRejected {
        Map<Long, List<Long>> chosen = checked(edition, batch, entry);
        if (castOn == null) {
            castOn = batch.channel() == Channel.POST ? entry.receivedOn() : projects.today();
        }
        Pesel pesel = entry.identity().pesel() == null ? null : Pesel.of(entry.identity().pesel());
        String voter = keys.voter(edition.projectId(), pesel != null ? residents.personKeyOf(pesel)
                : "card:" + keys.card(edition.projectId(), entry.identity()));
        String cardKey = edition.rules().matchesByAddress() ? keys.card(edition.projectId(), entry.identity()) : null;
        Voter mark = new Voter(edition.projectId(), voter, cardKey, batch.channel(), castOn, areaName(entry.area()),
                AgeGroups.of(pesel == null ? null : pesel.birthDate(), null, castOn));
        if (edition.rules().matchesByAddress() && edition.publishedAt().isEmpty()) {
            // near matches are decided before the first publication, which erases the identities kept for them
            keys.nearMatchable(mark, edition.projectId(), entry.identity());
        }
        Map<Long, InvalidReason> defects = poolDefects(edition, chosen);
        Optional<InvalidReason> invalid = verdict(edition, batch, entry, chosen, defects);
        return new Card(edition, batch, entry, chosen, voter, cardKey, mark, invalid,
                invalid.isPresent() ? Map.of() : defects, keys);
    }

    /** The batch's next card number, under the batch's lock (as it stands committed). */
    private int nextCard(Batch batch) {
        em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
        return batch.nextCard();
    }

    /** The person of the card voted already: the card is kept as invalid, and by the rules maybe their first too. */
    private CardOutcome duplicate(Card card, int number) {
        Voter earlier = earlierVoter(card).orElseThrow();
        String link = keys.link(earlier.voterKey());
        boolean allInvalid = card.edition().rules().conflictRule() == ConflictRule.ALL_INVALID;
        Ballot repeated = card.invalidAs(number, allInvalid ? InvalidReason.ALL_INVALID : InvalidReason.DUPLICATE,
                link);
        if (allInvalid) {
            box.counted(card.edition().projectId(), link).forEach(first -> first.invalidate(InvalidReason.ALL_INVALID));
        }
        em.persist(repeated);
        return new CardOutcome(number, false, repeated.invalidReason(), earlier.channel(), null);
    }

    /** Who in the voter list the card's person is already: by their key, or by name and address. */
    private Optional<Voter> earlierVoter(Card card) {
        return em
                .createQuery("select v from Voter v where v.editionId = :edition"
                        + " and (v.voterKey = :voter or v.cardKey = :card)", Voter.class)
                .setParameter("edition", card.edition().projectId()).setParameter("voter", card.voter())
                .setParameter("card", card.cardKey() == null ? "-" : card.cardKey()).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** The marks as project ids per pool, or the keying mistakes. */
    private Map<Long, List<Long>> checked(Edition edition, Batch batch, CardEntry entry) throws CardRejected {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (entry.identity().pesel() != null && !Pesel.isValid(entry.identity().pesel())) {
            problems.put("pesel", Problem.PESEL_CHECKSUM);
        }
        CardIdentity who = entry.identity();
        Map.of("firstName", String.valueOf(who.firstName()), "familyName", String.valueOf(who.familyName()), "address",
                String.valueOf(who.address())).forEach((field, text) -> {
                    if (text.length() > CardIdentity.LONGEST) {
                        problems.put(field, Problem.TOO_LONG);
                    }
                });
        if (batch.channel() == Channel.POST && entry.receivedOn() == null) {
            problems.put("receivedOn", Problem.RECEIVED_ON_MISSING);
        }
        Map<Long, Map<Integer, Long>> numbers = new HashMap<>();
        em.createNamedQuery(BudgetProject.ON_BALLOT, BudgetProject.class).setParameter("edition", edition.projectId())
                .getResultList().forEach(item -> numbers.computeIfAbsent(item.poolId(), pool -> new HashMap<>())
                        .put(item.number(), item.id()));
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Integer>> marks : entry.numbers().entrySet()) {
            Map<Integer, Long> onBallot = numbers.getOrDefault(marks.getKey(), Map.of());
            Set<Integer> seen = new HashSet<>();
            List<Long> ids = new ArrayList<>();
            for (Integer number : marks.getValue()) {
                if (!onBallot.containsKey(number)) {
                    problems.put(String.valueOf(marks.getKey()), Problem.UNKNOWN_NUMBER);
                } else if (!seen.add(number)) {
                    problems.put(String.valueOf(marks.getKey()), Problem.REPEATED_NUMBER);
                } else {
                    ids.add(onBallot.get(number));
                }
            }
            chosen.put(marks.getKey(), ids);
        }
        if (!problems.isEmpty()) {
            throw new CardRejected(problems);
        }
        return chosen;
    }

    /** Why the card does not count by itself (before looking at who else voted), if it does not. */
    private Optional<InvalidReason> verdict(Edition edition, Batch batch, CardEntry entry, Map<Long, List<Long>> chosen,
            Map<Long, InvalidReason> defects) {
        if (entry.invalid() != null) {
            return Optional.of(entry.invalid());
        }
        if (!entry.identity().isComplete(edition.rules().requiresPesel())) {
            return Optional.of(InvalidReason.INCOMPLETE_IDENTITY);
        }
        if (batch.channel() == Channel.POST && lastDay(edition).map(entry.receivedOn()::isAfter).orElse(false)) {
            return Optional.of(InvalidReason.LATE);
        }
        if (chosen.values().stream().allMatch(List::isEmpty)) {
            return Optional.of(InvalidReason.EMPTY);
        }
        boolean outsideArea = edition.pools().stream().anyMatch(pool -> pool.areaId() != null
                && !pool.areaId().equals(entry.area()) && !chosen.getOrDefault(pool.id(), List.of()).isEmpty());
        if (outsideArea) {
            return Optional.of(InvalidReason.OUTSIDE_AREA);
        }
        if (defects.isEmpty()) {
            return Optional.empty();
        }
        boolean anyPoolCounts = edition.rules().poolDefectVoidsPool() && chosen.entrySet().stream()
                .anyMatch(marks -> !marks.getValue().isEmpty() && !defects.containsKey(marks.getKey()));
        return anyPoolCounts ? Optional.empty() : Optional.of(defects.values().iterator().next());
    }

    /**
     * The pools whose marks break the pool's rules (too many or too few, over its amount), with the reason, in the
     * edition's order of pools. Where the rules void only such a pool, the card counts in the others.
     */
    private Map<Long, InvalidReason> poolDefects(Edition edition, Map<Long, List<Long>> chosen) {
        Map<Long, java.math.BigDecimal> costs = em.createNamedQuery(BudgetProject.ON_BALLOT, BudgetProject.class)
                .setParameter("edition", edition.projectId()).getResultStream()
                .collect(Collectors.toMap(BudgetProject::id, BudgetProject::cost));
        Map<Long, InvalidReason> defects = new LinkedHashMap<>();
        for (Pool pool : edition.pools()) {
            pool.rules().check(chosen.getOrDefault(pool.id(), List.of()), costs)
                    .ifPresent(problem -> defects.put(pool.id(), switch (problem) {
                    case TOO_FEW -> InvalidReason.TOO_FEW;
                    case OVER_BUDGET -> InvalidReason.OVER_BUDGET;
                    default -> InvalidReason.OVER_LIMIT;
                    }));
        }
        return defects;
    }

    /** The Polish name of the area (as residents' profiles and the online voter list name it), or null. */
    private String areaName(Long area) {
        return area == null ? null : taxonomy.areaNames().get(area);
    }

    /** The last day of the vote, which a postal card must arrive by. */
    private Optional<LocalDate> lastDay(Edition edition) {
        return projects.find(edition.projectId()).stream().flatMap(project -> project.phases().stream())
                .filter(phase -> BudgetVotingMethod.KEY.equals(phase.method())).map(Phase::endsOn)
                .max(LocalDate::compareTo);
    }

    /** The edition's batches, newest first, each with what its cards came to. */
    public List<BatchSummary> batches(long editionId) {
        List<Batch> batches = em
                .createQuery("select b from Batch b where b.editionId = :edition order by b.id desc", Batch.class)
                .setParameter("edition", editionId).getResultList();
        Map<Long, Long> counted = new HashMap<>();
        Map<Long, Map<String, Long>> invalid = new HashMap<>();
        em.createQuery("select b.batchId, b.invalidReason, count(b) from Ballot b where b.editionId = :edition"
                + " and b.batchId is not null group by b.batchId, b.invalidReason", Object[].class)
                .setParameter("edition", editionId).getResultList().forEach(row -> {
                    long batch = (Long) row[0];
                    long cards = ((Number) row[2]).longValue();
                    if (row[1] == null) {
                        counted.merge(batch, cards, Long::sum);
                    } else {
                        invalid.computeIfAbsent(batch, b -> new LinkedHashMap<>()).put((String) row[1], cards);
                    }
                });
        return batches.stream().map(batch -> summary(batch, counted, invalid)).toList();
    }

    public Optional<BatchSummary> batch(long batchId) {
        Batch batch = em.find(Batch.class, batchId);
        return batch == null ? Optional.empty()
                : batches(batch.editionId()).stream().filter(summary -> summary.batch().id() == batchId).findFirst();
    }

    private BatchSummary summary(Batch batch, Map<Long, Long> counted, Map<Long, Map<String, Long>> invalid) {
        if (!batch.isRekey()) {
            return new BatchSummary(batch, counted.getOrDefault(batch.id(), 0L),
                    invalid.getOrDefault(batch.id(), Map.of()), 0, 0);
        }
        long matching = em
                .createQuery("select count(r) from Rekey r, Ballot b where r.batchId = :rekey"
                        + " and b.batchId = :original and b.cardNumber = r.cardNumber and b.cardCheck = r.cardCheck",
                        Long.class)
                .setParameter("rekey", batch.id()).setParameter("original", batch.rekeyOf()).getSingleResult();
        return new BatchSummary(batch, 0, Map.of(), batch.cards(), matching);
    }

    private Edition edition(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw new IllegalArgumentException("No edition " + editionId);
        }
        return edition;
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
