package pl.wiec.budget.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.boundary.EditionCount.Line;
import pl.wiec.budget.boundary.EditionCount.PoolLines;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Candidate;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.PoolCount;
import pl.wiec.budget.entity.PoolResult;
import pl.wiec.budget.entity.Result;
import pl.wiec.budget.entity.Tally;
import pl.wiec.budget.entity.Turnout;
import pl.wiec.budget.entity.Turnout.Dimension;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.staff.entity.Roles;

/**
 * Counting an edition and publishing its result. The count sums each project's points over the counted ballots in the
 * database (one query, however many ballots), ranks and fills each pool ({@link PoolCount}); staff see it first as a
 * preview and then publish it, which stores it: the public page reads the stored result and never recounts, and a later
 * recount that differs is visible as such.
 */
@Stateless
public class BudgetResults {

    public static final String PUBLISHED = "budget.results.published";

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetEditions editions;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Event<StaffAction> staffActions;

    /** Counts the edition as it stands now, without publishing. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public EditionCount count(long editionId) {
        Edition edition = edition(editionId);
        Map<Long, Tally> tallies = new HashMap<>();
        em.createQuery("select c.projectId, sum(c.points), count(c) from Choice c"
                + " where c.ballot.editionId = :edition and c.ballot.countedLink is not null group by c.projectId",
                Object[].class).setParameter("edition", editionId).getResultList()
                .forEach(row -> tallies.put((Long) row[0],
                        new Tally(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        EditionRules rules = edition.rules();
        List<BudgetProject> projects = editions.projects(editionId);
        Map<Long, List<BudgetProject>> onBallot = projects.stream()
                .filter(project -> project.status() == pl.wiec.budget.entity.ProjectStatus.ADMITTED)
                .collect(Collectors.groupingBy(BudgetProject::poolId));
        List<PoolResult> all = new ArrayList<>();
        for (Pool pool : edition.pools()) {
            List<Candidate> candidates = onBallot.getOrDefault(pool.id(), List.of()).stream()
                    .map(BudgetProject::candidate).toList();
            all.addAll(PoolCount.of(pool.amount(), candidates, tallies, rules.tieBreak(), rules.lotSeed(),
                    rules.filling()));
        }
        Map<Long, Result> lines = all.stream().map(line -> new Result(editionId, line))
                .collect(Collectors.toMap(Result::projectId, Function.identity()));
        return view(edition, projects, null, lines, liveTurnout(editionId));
    }

    /** Counts the edition and publishes the result, replacing one published before. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public EditionCount publish(long editionId) {
        Edition edition = em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw new IllegalArgumentException("No edition " + editionId);
        }
        EditionCount count = count(editionId);
        em.createQuery("delete from Result r where r.editionId = :edition").setParameter("edition", editionId)
                .executeUpdate();
        em.createQuery("delete from Turnout t where t.editionId = :edition").setParameter("edition", editionId)
                .executeUpdate();
        for (PoolLines pool : count.pools()) {
            for (Line line : pool.lines()) {
                em.persist(new Result(editionId, new PoolResult(line.project().candidate(),
                        new Tally(line.score(), line.voters()), line.rank(), line.outcome(), null)));
            }
        }
        count.turnout().forEach((dimension, buckets) -> buckets
                .forEach((bucket, voters) -> em.persist(new Turnout(editionId, dimension, bucket, voters))));
        Instant now = Instant.now(Clock.systemUTC()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        edition.publish(now);
        em.flush();
        staffActions.fire(new StaffAction(PUBLISHED, "project " + editionId,
                count.countedBallots() + " ballots counted, " + count.invalid() + " invalid; winners: "
                        + count.pools().stream().flatMap(pool -> pool.lines().stream()).filter(Line::won)
                                .map(line -> "no. " + line.project().number()).collect(Collectors.joining(", "))));
        return published(editionId).orElseThrow();
    }

    /** The published result, for everyone; empty until staff publish it. */
    @PermitAll
    public Optional<EditionCount> published(long editionId) {
        Optional<Edition> edition = editions.edition(editionId);
        if (edition.isEmpty() || edition.get().publishedAt().isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Result> lines = em.createQuery("select r from Result r where r.editionId = :edition", Result.class)
                .setParameter("edition", editionId).getResultStream()
                .collect(Collectors.toMap(Result::projectId, Function.identity()));
        Map<Dimension, Map<String, Long>> turnout = new EnumMap<>(Dimension.class);
        em.createQuery("select t from Turnout t where t.editionId = :edition", Turnout.class)
                .setParameter("edition", editionId).getResultStream().forEach(row -> turnout
                        .computeIfAbsent(row.dimension(), d -> new TreeMap<>()).put(row.bucket(), row.voters()));
        return Optional.of(
                view(edition.get(), editions.projects(editionId), edition.get().publishedAt().get(), lines, turnout));
    }

    /** The count as its readers see it, from the result lines of the edition's projects ({@code all}). */
    private EditionCount view(Edition edition, List<BudgetProject> all, Instant publishedAt, Map<Long, Result> lines,
            Map<Dimension, Map<String, Long>> turnout) {
        Map<Long, String> areaNames = taxonomy.areaNames();
        Map<Long, BudgetProject> projects = all.stream()
                .collect(Collectors.toMap(BudgetProject::id, Function.identity()));
        List<PoolLines> pools = new ArrayList<>();
        for (Pool pool : edition.pools()) {
            List<Line> poolLines = lines.values().stream()
                    .filter(result -> projects.containsKey(result.projectId())
                            && projects.get(result.projectId()).poolId() == pool.id())
                    .map(result -> new Line(projects.get(result.projectId()), result.score(), result.voters(),
                            result.rank(), result.outcome()))
                    .sorted(java.util.Comparator.comparingInt(Line::rank)).toList();
            BigDecimal spent = poolLines.stream().filter(Line::won).map(line -> line.project().cost())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            pools.add(new PoolLines(pool.plan(), areaNames.get(pool.areaId()), spent, poolLines));
        }
        Map<String, Long> invalid = new LinkedHashMap<>();
        em.createQuery("select b.invalidReason, count(b) from Ballot b where b.editionId = :edition"
                + " and b.countedLink is null group by b.invalidReason", Object[].class)
                .setParameter("edition", edition.projectId()).getResultList()
                .forEach(row -> invalid.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        long counted = em
                .createQuery("select count(b) from Ballot b where b.editionId = :edition and b.countedLink is not null",
                        Long.class)
                .setParameter("edition", edition.projectId()).getSingleResult();
        return new EditionCount(edition.projectId(), publishedAt, pools, counted, invalid, turnout);
    }

    private Map<Dimension, Map<String, Long>> liveTurnout(long editionId) {
        Map<Dimension, Map<String, Long>> turnout = new EnumMap<>(Dimension.class);
        Map<Dimension, String> fields = Map.of(Dimension.CHANNEL, "v.channel", Dimension.AREA, "v.area",
                Dimension.AGE_GROUP, "v.ageGroup");
        fields.forEach((dimension, field) -> em
                .createQuery(
                        "select " + field + ", count(v) from Voter v where v.editionId = :edition group by " + field,
                        Object[].class)
                .setParameter("edition", editionId).getResultList()
                .forEach(row -> turnout.computeIfAbsent(dimension, d -> new TreeMap<>())
                        .put(row[0] == null ? "unknown" : String.valueOf(row[0]), ((Number) row[1]).longValue())));
        return turnout;
    }

    private Edition edition(long editionId) {
        return editions.edition(editionId).orElseThrow(() -> new IllegalArgumentException("No edition " + editionId));
    }
}
