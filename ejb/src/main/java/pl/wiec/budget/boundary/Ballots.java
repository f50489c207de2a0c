package pl.wiec.budget.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.budget.boundary.BallotPaper.PoolOnBallot;
import pl.wiec.budget.control.AgeGroups;
import pl.wiec.budget.control.BallotKeys;
import pl.wiec.budget.control.BudgetVotingMethod;
import pl.wiec.budget.entity.Ballot;
import pl.wiec.budget.entity.BallotProblem;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.Voter;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/**
 * Online voting in a budget edition: the ballot paper for the caller, and casting it once. Who may vote is the voting
 * phase's vote rule (identity level, age, areas); in an area's pool only residents who declared living in that area
 * vote (by the area's Polish name, as residents choose it in their profile). The choices are checked against each
 * pool's rules here, whatever the page did; the voter mark and the ballot are stored in one transaction, and the
 * database's unique constraints turn every second attempt, however it races, into {@link AlreadyVoted}.
 */
@Stateless
public class Ballots {

    /** The longest address a voter may give (the ballot page says so and checks it). */
    public static final int ADDRESS_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Taxonomy taxonomy;

    @Inject
    BallotKeys keys;

    /** The ballot paper of the edition for whoever asks (anonymous people see it with the reason to sign in). */
    @PermitAll
    public Optional<BallotPaper> paper(long editionId) {
        boolean resident = context.isCallerInRole(Resident.ROLE);
        return paper(editionId, resident ? residents.me() : null, resident ? residents.personKey() : null);
    }

    /** The ballot paper for the person (null: anonymous); their receipt is looked up where a person key is given. */
    private Optional<BallotPaper> paper(long editionId, ResidentAccount me, String personKey) {
        Edition edition = em.createQuery(
                "select e from Edition e left join fetch e.pools p where e.projectId = :id order by p.position",
                Edition.class).setParameter("id", editionId).getResultStream().findFirst().orElse(null);
        Optional<Project> project = projects.find(editionId);
        if (edition == null || project.isEmpty()) {
            return Optional.empty();
        }
        Optional<Phase> phase = votingPhase(project.get());
        Map<Long, String> areaNames = edition.pools().stream().allMatch(pool -> pool.areaId() == null) ? Map.of()
                : taxonomy.areaNames();
        Map<Long, List<BudgetProject>> onBallot = onBallot(editionId).stream()
                .collect(Collectors.groupingBy(BudgetProject::poolId, LinkedHashMap::new, Collectors.toList()));
        List<PoolOnBallot> pools = edition.pools().stream()
                .map(pool -> new PoolOnBallot(pool.plan(), pool.areaId() == null ? null : areaNames.get(pool.areaId()),
                        onBallot.getOrDefault(pool.id(), List.of()), votesIn(pool, me, areaNames)))
                .toList();
        Refusal refusal = phase.isEmpty() ? Refusal.PHASE_CLOSED
                : Eligibility
                        .to(Action.VOTE, phase.get(), projects.today(), me == null ? null : me.verification(),
                                me == null ? null : me.dateOfBirth(), me == null ? null : me.residenceArea())
                        .orElse(null);
        String receipt = personKey == null ? null : receiptOf(editionId, personKey).orElse(null);
        Phase shown = phase.or(() -> project.get().phases().stream()
                .filter(p -> BudgetVotingMethod.KEY.equals(p.method())).findFirst()).orElse(null);
        return Optional.of(new BallotPaper(editionId, shown == null ? null : shown.startsOn(),
                shown == null ? null : shown.endsOn(),
                shown == null ? ActionRule.anyoneSignedIn() : shown.rule(Action.VOTE), pools,
                edition.rules().channels().contains(Channel.ONLINE), edition.rules().matchesByAddress(), refusal,
                receipt));
    }

    /**
     * Casts the caller's ballot: per pool id, the chosen projects in order of preference (a pool left out or empty is
     * abstaining). Where paper cards are matched by name and address ({@link EditionRules#matchesByAddress()}), the
     * voter gives their address too, so that a paper card of theirs is found: only its keyed hash is kept.
     *
     * @return the receipt code
     *
     * @throws NotAllowed
     *             when the caller may not vote now
     * @throws BallotRejected
     *             naming what breaks which pool's rules
     * @throws AlreadyVoted
     *             when the person has voted already (nothing more counts)
     */
    @RolesAllowed(Resident.ROLE)
    public String cast(long editionId, @NotNull Map<Long, List<Long>> choices, @Size(max = ADDRESS_MAX) String address)
            throws NotAllowed, BallotRejected, AlreadyVoted {
        ResidentAccount me = residents.me();
        String personKey = residents.personKey();
        // Without looking up a receipt: whether the person voted already, the voter's unique key tells at the insert.
        BallotPaper paper = paper(editionId, me, null)
                .orElseThrow(() -> new IllegalArgumentException("No edition " + editionId));
        if (paper.refusal() != null) {
            throw new NotAllowed(paper.refusal());
        }
        if (!paper.online()) {
            throw new NotAllowed(Refusal.PHASE_CLOSED);
        }
        Edition edition = em.find(Edition.class, editionId);
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        choices.forEach((pool, ids) -> chosen.put(pool,
                ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList()));
        Map<Long, BallotProblem> problems = problems(edition, paper, chosen);
        CardIdentity identity = new CardIdentity(me.firstName(), me.familyName(), address, null);
        boolean byAddress = edition.rules().matchesByAddress();
        if (byAddress && !identity.isComplete(false)) {
            problems.put(BallotRejected.ADDRESS, BallotProblem.ADDRESS_MISSING);
        }
        if (!problems.isEmpty()) {
            throw new BallotRejected(problems);
        }
        LocalDate today = projects.today();
        String voter = keys.voter(editionId, personKey);
        Ballot ballot = new Ballot(BallotKeys.receipt(), editionId, keys.link(voter), Channel.ONLINE, today);
        for (Pool pool : edition.pools()) {
            ballot.choose(pool.rules(), chosen.getOrDefault(pool.id(), List.of()));
        }
        Voter mark = new Voter(editionId, voter, byAddress ? keys.card(editionId, identity) : null, Channel.ONLINE,
                today, me.residenceArea(), AgeGroups.of(me.dateOfBirth(), me.birthYear(), today));
        UniqueKeys.persistOnce(em, AlreadyVoted::new,
                byAddress && edition.publishedAt().isEmpty() ? keys.nearMatchable(mark, editionId, identity) : mark,
                ballot);
        return ballot.receipt();
    }

    /** The receipt of a person's counted ballot in the edition, if they voted. */
    Optional<String> receiptOf(long editionId, String personKey) {
        String link = keys.link(keys.voter(editionId, personKey));
        return em
                .createQuery("select b.receipt from Ballot b where b.editionId = :edition and b.link = :link"
                        + " order by b.castOn", String.class)
                .setParameter("edition", editionId).setParameter("link", link).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private Map<Long, BallotProblem> problems(Edition edition, BallotPaper paper, Map<Long, List<Long>> choices) {
        Map<Long, BallotProblem> problems = new LinkedHashMap<>();
        Map<Long, PoolOnBallot> pools = paper.pools().stream()
                .collect(Collectors.toMap(pool -> pool.pool().id(), Function.identity()));
        boolean any = false;
        for (Map.Entry<Long, List<Long>> entry : choices.entrySet()) {
            List<Long> chosen = entry.getValue();
            if (chosen.isEmpty()) {
                continue;
            }
            any = true;
            PoolOnBallot pool = pools.get(entry.getKey());
            if (pool == null) {
                problems.put(entry.getKey(), BallotProblem.NOT_ON_BALLOT);
                continue;
            }
            if (!pool.mine()) {
                problems.put(entry.getKey(), BallotProblem.NOT_YOUR_POOL);
                continue;
            }
            Map<Long, BigDecimal> costs = pool.projects().stream()
                    .collect(Collectors.toMap(BudgetProject::id, BudgetProject::cost));
            edition.pool(entry.getKey()).orElseThrow().rules().check(chosen, costs)
                    .ifPresent(problem -> problems.put(entry.getKey(), problem));
        }
        if (!any) {
            problems.put(BallotRejected.WHOLE, BallotProblem.EMPTY);
        }
        return problems;
    }

    private List<BudgetProject> onBallot(long editionId) {
        return em.createNamedQuery(BudgetProject.ON_BALLOT, BudgetProject.class).setParameter("edition", editionId)
                .getResultList();
    }

    private static boolean votesIn(Pool pool, ResidentAccount me, Map<Long, String> areaNames) {
        if (pool.areaId() == null) {
            return true;
        }
        String area = areaNames.get(pool.areaId());
        return me != null && me.residenceArea() != null && area != null && area.equals(me.residenceArea().trim());
    }

    /** The phase of the vote running today. */
    private Optional<Phase> votingPhase(Project project) {
        return project.phaseOn(projects.today()).filter(phase -> BudgetVotingMethod.KEY.equals(phase.method()));
    }
}
