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
        Map<Long, List<Long>> chosen = checked(edition, batch, entry);
        EditionRules rules = edition.rules();
        LocalDate castOn = batch.channel() == Channel.POST ? entry.receivedOn() : projects.today();
        Pesel pesel = entry.identity().pesel() == null ? null : Pesel.of(entry.identity().pesel());
        String voter = keys.voter(edition.projectId(), pesel != null ? residents.personKeyOf(pesel)
                : "card:" + keys.card(edition.projectId(), entry.identity()));
        String link = keys.link(voter);
        Optional<InvalidReason> invalid = verdict(edition, batch, entry, chosen);
        if (invalid.isPresent()) {
            int number = nextCard(batch);
            Ballot card = Ballot.card(BallotKeys.receipt(), batch, number, keys.check(entry.keyed(number)), link,
                    castOn);
            card.invalidate(invalid.get());
            em.persist(card);
            return new CardOutcome(number, false, invalid.get(), null, null);
        }
        String cardKey = rules.matchesByAddress() ? keys.card(edition.projectId(), entry.identity()) : null;
        Map<Long, InvalidReason> voids = poolDefects(edition, chosen);
        try {
            int number = box.storeCard(batchId, numbered -> {
                Ballot card = Ballot.card(BallotKeys.receipt(), batch, numbered, keys.check(entry.keyed(numbered)),
                        link, castOn);
                for (Pool pool : edition.pools()) {
                    if (voids.containsKey(pool.id())) {
                        card.voidPool(pool.id(), voids.get(pool.id()));
                    } else {
                        card.choose(pool.rules(), chosen.getOrDefault(pool.id(), List.of()));
                    }
                }
                return card;
            }, mark(edition, entry, new Voter(edition.projectId(), voter, cardKey, batch.channel(), castOn,
                    areaName(entry.area()), AgeGroups.of(pesel == null ? null : pesel.birthDate(), null, castOn))));
            return new CardOutcome(number, true, null, null, voids);
        } catch (EJBException taken) {
            if (!UniqueKeys.violatedBy(taken)) {
                throw taken;
            }
            int number = nextCard(batch);
            return duplicate(edition, batch, number, keys.check(entry.keyed(number)), voter, cardKey, castOn);
        }
    }

    /** The card's voter mark, findable as a near match where cards are matched by name and address. */
    private Voter mark(Edition edition, CardEntry entry, Voter voter) {
        return edition.rules().matchesByAddress() ? keys.nearMatchable(voter, edition.projectId(), entry.identity())
                : voter;
    }

    /** The batch's next card number, under the batch's lock (as it stands committed). */
    private int nextCard(Batch batch) {
        em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
        return batch.nextCard();
    }

    /** The person of the card voted already: the card is kept as invalid, and by the rules maybe their first too. */
    private CardOutcome duplicate(Edition edition, Batch batch, int number, String check, String voter, String cardKey,
            LocalDate castOn) {
        Voter earlier = em
                .createQuery("select v from Voter v where v.editionId = :edition"
                        + " and (v.voterKey = :voter or v.cardKey = :card)", Voter.class)
                .setParameter("edition", edition.projectId()).setParameter("voter", voter)
                .setParameter("card", cardKey == null ? "-" : cardKey).setMaxResults(1).getSingleResult();
        String link = keys.link(earlier.voterKey());
        boolean allInvalid = edition.rules().conflictRule() == ConflictRule.ALL_INVALID;
        Ballot card = Ballot.card(BallotKeys.receipt(), batch, number, check, link, castOn);
        card.invalidate(allInvalid ? InvalidReason.ALL_INVALID : InvalidReason.DUPLICATE);
        if (allInvalid) {
            em.createQuery("select b from Ballot b where b.editionId = :edition and b.link = :link"
                    + " and b.countedLink is not null", Ballot.class).setParameter("edition", edition.projectId())
                    .setParameter("link", link).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(first -> first.invalidate(InvalidReason.ALL_INVALID));
        }
        em.persist(card);
        return new CardOutcome(number, false, card.invalidReason(), earlier.channel(), null);
    }

    /** The marks as project ids per pool, or the keying mistakes. */
    private Map<Long, List<Long>> checked(Edition edition, Batch batch, CardEntry entry) throws CardRejected {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (entry.identity().pesel() != null && !Pesel.isValid(entry.identity().pesel())) {
            problems.put("pesel", Problem.PESEL_CHECKSUM);
        }
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
    private Optional<InvalidReason> verdict(Edition edition, Batch batch, CardEntry entry,
            Map<Long, List<Long>> chosen) {
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
        Map<Long, InvalidReason> defects = poolDefects(edition, chosen);
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
                    .ifPresent(problem -> defects.put(pool.id(),
                            problem == BallotProblem.TOO_FEW ? InvalidReason.TOO_FEW : InvalidReason.OVER_LIMIT));
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
