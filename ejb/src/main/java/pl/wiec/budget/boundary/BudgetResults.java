package pl.wiec.budget.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.boundary.PublicationRefused.Obstacle;
import pl.wiec.budget.control.BallotList;
import pl.wiec.budget.control.BudgetVotingMethod;
import pl.wiec.budget.control.CountRules;
import pl.wiec.budget.control.Protocol;
import pl.wiec.budget.control.ProtocolFacts;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Candidate;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.PoolCount;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.PoolResult;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.budget.entity.Publication;
import pl.wiec.budget.entity.Result;
import pl.wiec.budget.entity.ResultVersion;
import pl.wiec.budget.entity.ResultVersion.Document;
import pl.wiec.budget.entity.Tally;
import pl.wiec.budget.entity.Turnout;
import pl.wiec.budget.entity.Turnout.Dimension;
import pl.wiec.municipality.boundary.Taxonomy;
import pl.wiec.notifications.entity.FollowedHappening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.notifications.entity.Words;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;
import pl.wiec.staff.entity.Roles;

/**
 * Counting an edition and publishing its result. The count sums each project's points over the counted ballots in the
 * database (one query, however many ballots), ranks and fills each pool ({@link PoolCount}). Staff may preview it at
 * any time, as an unofficial count; it becomes official only by publication, which is possible once the vote has ended,
 * every batch of paper cards is closed (and, where the rules ask, keyed again with every difference decided) and every
 * near match across channels is decided, and which stores it as a version: the numbers, the turnout, the receipts it
 * counted and the documents (protocol PDF and CSV, the list of ballots for a recount, each with its SHA-256). Nothing
 * later changes a version; a correction is a new version with the reason staff give, announced to the edition's
 * followers, and every version stays readable.
 */
@Stateless
public class BudgetResults {

    public static final String PUBLISHED = "budget.results.published";
    public static final String CORRECTED = "budget.results.corrected";

    private static final String PUBLICATION = "new pl.wiec.budget.entity.Publication(v.number,"
            + " v.publishedAt, v.reason, v.rules, v.protocolPdfSha256, v.protocolCsvSha256, v.ballotsCsvSha256)";

    @PersistenceContext
    EntityManager em;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    @Inject
    Taxonomy taxonomy;

    @Inject
    BallotList ballotList;

    @Inject
    NearMatches nearMatches;

    @Inject
    Rekeying rekeying;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    Event<FollowedHappening> followed;

    @Resource
    SessionContext context;

    /** What a voter checking a receipt learns: whether the published result counted it, or why not. */
    public record ReceiptCheck(Status status, String invalidReason) {

        /** The answer. */
        public enum Status {
            COUNTED, NOT_COUNTED, UNKNOWN, NOT_PUBLISHED
        }
    }

    /** Counts the edition as it stands now: an unofficial preview, never stored. */
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
        Map<Long, List<BudgetProject>> onBallot = editions.projects(editionId).stream()
                .filter(project -> project.status() == ProjectStatus.ADMITTED)
                .collect(Collectors.groupingBy(BudgetProject::poolId));
        Map<Long, List<Line>> lines = new HashMap<>();
        for (Pool pool : edition.pools()) {
            Map<Long, String> titles = onBallot.getOrDefault(pool.id(), List.of()).stream()
                    .collect(Collectors.toMap(BudgetProject::id, BudgetProject::title));
            List<Candidate> candidates = onBallot.getOrDefault(pool.id(), List.of()).stream()
                    .map(BudgetProject::candidate).toList();
            lines.put(pool.id(),
                    PoolCount.of(pool.amount(), candidates, tallies, rules.tieBreak(), rules.lotSeed(), rules.filling())
                            .stream().map(line -> line(line, titles.get(line.candidate().id()))).toList());
        }
        Map<Dimension, Map<String, Long>> turnout = liveTurnout(editionId);
        Map<String, Long> invalid = new LinkedHashMap<>();
        em.createQuery(
                "select b.invalidReason, count(b) from Ballot b where b.editionId = :edition"
                        + " and b.countedLink is null group by b.invalidReason order by b.invalidReason",
                Object[].class).setParameter("edition", editionId).getResultList()
                .forEach(row -> invalid.put(String.valueOf(row[0]), ((Number) row[1]).longValue()));
        long counted = em
                .createQuery("select count(b) from Ballot b where b.editionId = :edition and b.countedLink is not null",
                        Long.class)
                .setParameter("edition", editionId).getSingleResult();
        Map<String, Long> voided = new HashMap<>();
        em.createNativeQuery("select v.pool_id, count(*) from budget_ballot_void v join budget_ballot b"
                + " on b.receipt = v.receipt where b.project_id = ? and b.counted_link is not null group by v.pool_id")
                .setParameter(1, editionId).getResultList().forEach(row -> voided
                        .put(String.valueOf(((Object[]) row)[0]), ((Number) ((Object[]) row)[1]).longValue()));
        return new EditionCount(editionId, null, pools(edition, lines, voided), counted, invalid, turnout);
    }

    /** The preview's protocol, marked on its first line as unofficial. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public byte[] previewProtocol(long editionId) {
        Edition edition = edition(editionId);
        return Protocol.pdf(count(editionId), facts(edition, null, List.of(), null, 0, null));
    }

    /** What stands in the way of an official count now (empty: it may be published). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Set<Obstacle> obstacles(long editionId) {
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        List<LocalDate[]> voting = voting(editionId);
        LocalDate today = projects.today();
        if (voting.isEmpty() || voting.stream().anyMatch(days -> !days[1].isBefore(today))) {
            obstacles.add(Obstacle.VOTE_NOT_ENDED);
        }
        long open = em.createQuery("select count(b) from Batch b where b.editionId = :edition and b.closedAt is null",
                Long.class).setParameter("edition", editionId).getSingleResult();
        if (open > 0) {
            obstacles.add(Obstacle.BATCHES_OPEN);
        }
        if (!nearMatches.pending(editionId).isEmpty()) {
            obstacles.add(Obstacle.NEAR_MATCHES_UNDECIDED);
        }
        if (edition(editionId).rules().rekeyRequired()) {
            if (rekeying.notFullyRekeyed(editionId) > 0) {
                obstacles.add(Obstacle.BATCHES_NOT_REKEYED);
            }
            if (rekeying.undecided(editionId) > 0) {
                obstacles.add(Obstacle.DIFFERENCES_UNDECIDED);
            }
        }
        return obstacles;
    }

    /**
     * Counts the edition officially and publishes the count as a new version: the first, or a correction of the one
     * published before (which then needs its reason).
     *
     * @param commission
     *            the names of the commission that signs the protocol, one per line
     *
     * @throws PublicationRefused
     *             naming every obstacle (nothing is stored)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public EditionCount publish(long editionId, @Size(max = 300) String resolution, @Size(max = 4000) String commission,
            @Size(max = 200) String signedIn, @Size(max = 4000) String reason) throws PublicationRefused {
        Edition edition = em.find(Edition.class, editionId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw new IllegalArgumentException("No edition " + editionId);
        }
        Set<Obstacle> obstacles = obstacles(editionId);
        List<String> names = commission == null ? List.of()
                : commission.lines().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            obstacles.add(Obstacle.COMMISSION_MISSING);
        }
        Optional<Publication> before = current(editionId);
        int number = before.map(Publication::number).orElse(0) + 1;
        String why = blankToNull(reason);
        if (before.isPresent() && why == null) {
            obstacles.add(Obstacle.REASON_MISSING);
        }
        if (!obstacles.isEmpty()) {
            throw new PublicationRefused(obstacles);
        }
        EditionCount count = count(editionId);
        Instant now = Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
        String rules = CountRules.text(edition.rules(), plans(edition));
        ResultVersion version = new ResultVersion(editionId, number, now, context.getCallerPrincipal().getName(),
                before.isPresent() ? why : null, count.countedBallots(), rules, blankToNull(resolution),
                String.join("\n", names), blankToNull(signedIn));
        em.persist(version);
        em.flush(); // the version's row first: its lines refer to it, and nothing maps that for the ordering
        for (PoolLines pool : count.pools()) {
            for (Line line : pool.lines()) {
                em.persist(new Result(editionId, number, pool.pool().id(), line.title(), new PoolResult(line.project(),
                        new Tally(line.score(), line.voters()), line.rank(), line.outcome(), null)));
            }
        }
        count.turnout().forEach((dimension, buckets) -> buckets
                .forEach((bucket, voters) -> em.persist(new Turnout(editionId, number, dimension, bucket, voters))));
        count.invalidBallots().forEach(
                (reasonKey, cards) -> em.persist(new Turnout(editionId, number, Dimension.INVALID, reasonKey, cards)));
        count.pools().stream().filter(pool -> pool.voided() > 0).forEach(pool -> em.persist(
                new Turnout(editionId, number, Dimension.POOL_VOID, String.valueOf(pool.pool().id()), pool.voided())));
        em.flush();
        em.createNativeQuery("insert into budget_result_receipt (project_id, number, receipt, invalid_reason)"
                + " select project_id, ?, receipt, invalid_reason from budget_ballot where project_id = ?")
                .setParameter(1, number).setParameter(2, editionId).executeUpdate();
        EditionCount published = new EditionCount(editionId,
                new Publication(number, now, version.reason(), rules, null, null, null), count.pools(),
                count.countedBallots(), count.invalidBallots(), count.turnout());
        version.attach(
                Protocol.pdf(published,
                        facts(edition, version.resolution(), names, version.signedIn(), number, version.reason())),
                Protocol.csv(published), ballotList.csv(editionId, poolNames(edition)));
        edition.publish(now);
        // near matches are decided: the names and addresses voters gave are no longer needed (data minimisation)
        em.createQuery("update Voter v set v.sealedIdentity = null where v.editionId = :edition")
                .setParameter("edition", editionId).executeUpdate();
        em.flush();
        announce(edition, before, published);
        return published(editionId).orElseThrow();
    }

    /** The current version of the published result, for everyone; empty until staff publish it. */
    @PermitAll
    public Optional<EditionCount> published(long editionId) {
        return current(editionId).flatMap(publication -> published(editionId, publication));
    }

    /** A version of the published result, as it was published. */
    @PermitAll
    public Optional<EditionCount> published(long editionId, int number) {
        return history(editionId).stream().filter(p -> p.number() == number).findFirst()
                .flatMap(publication -> published(editionId, publication));
    }

    private Optional<EditionCount> published(long editionId, Publication publication) {
        Optional<Edition> edition = editions.edition(editionId);
        int number = publication.number();
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Line>> lines = new HashMap<>();
        em.createQuery("select r from Result r where r.editionId = :edition and r.version = :number", Result.class)
                .setParameter("edition", editionId).setParameter("number", number).getResultStream()
                .forEach(r -> lines.computeIfAbsent(r.poolId(), pool -> new ArrayList<>())
                        .add(new Line(r.candidate(), r.title(), r.score(), r.voters(), r.rank(), r.outcome())));
        lines.values().forEach(pool -> pool.sort(Comparator.comparingInt(Line::rank)));
        Map<Dimension, Map<String, Long>> turnout = new EnumMap<>(Dimension.class);
        em.createQuery("select t from Turnout t where t.editionId = :edition and t.version = :number", Turnout.class)
                .setParameter("edition", editionId).setParameter("number", number).getResultStream()
                .forEach(row -> turnout.computeIfAbsent(row.dimension(), d -> new TreeMap<>()).put(row.bucket(),
                        row.voters()));
        Map<String, Long> invalid = turnout.getOrDefault(Dimension.INVALID, Map.of());
        turnout.remove(Dimension.INVALID);
        Map<String, Long> voided = turnout.getOrDefault(Dimension.POOL_VOID, Map.of());
        turnout.remove(Dimension.POOL_VOID);
        long counted = em
                .createQuery("select v.countedBallots from ResultVersion v where v.editionId = :edition"
                        + " and v.number = :number", Long.class)
                .setParameter("edition", editionId).setParameter("number", number).getSingleResult();
        return Optional.of(new EditionCount(editionId, publication, pools(edition.get(), lines, voided), counted,
                new LinkedHashMap<>(invalid), turnout));
    }

    /** Every published version of the edition, newest first. */
    @PermitAll
    public List<Publication> history(long editionId) {
        return em
                .createQuery("select " + PUBLICATION + " from ResultVersion v where v.editionId = :edition"
                        + " order by v.number desc", Publication.class)
                .setParameter("edition", editionId).getResultList();
    }

    /** A document as it was published with a version: the same bytes, whose SHA-256 the public page shows. */
    @PermitAll
    public Optional<byte[]> document(long editionId, int number, @NotNull Document document) {
        String column = switch (document) {
        case PROTOCOL_PDF -> "v.protocolPdf";
        case PROTOCOL_CSV -> "v.protocolCsv";
        case BALLOTS_CSV -> "v.ballotsCsv";
        };
        // the one column asked for: a version's ballot list may be tens of megabytes, read only when it is downloaded
        return em
                .createQuery("select " + column + " from ResultVersion v where v.editionId = :edition"
                        + " and v.number = :number", byte[].class)
                .setParameter("edition", editionId).setParameter("number", number).getResultStream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Whether the current published version counted the ballot of this receipt, or why not; never what it chose. The
     * code is read as people type it (any case, spaces, O for 0, I or L for 1, with or without the hyphen).
     */
    @PermitAll
    public ReceiptCheck checkReceipt(long editionId, @NotNull @Size(max = 40) String code) {
        Optional<Publication> current = current(editionId);
        if (current.isEmpty()) {
            return new ReceiptCheck(ReceiptCheck.Status.NOT_PUBLISHED, null);
        }
        List<?> found = em
                .createNativeQuery("select coalesce(invalid_reason, '') from budget_result_receipt"
                        + " where project_id = ? and number = ? and receipt = ?")
                .setParameter(1, editionId).setParameter(2, current.get().number()).setParameter(3, receipt(code))
                .getResultList();
        if (found.isEmpty()) {
            return new ReceiptCheck(ReceiptCheck.Status.UNKNOWN, null);
        }
        String invalid = String.valueOf(found.get(0));
        return invalid.isEmpty() ? new ReceiptCheck(ReceiptCheck.Status.COUNTED, null)
                : new ReceiptCheck(ReceiptCheck.Status.NOT_COUNTED, invalid);
    }

    /** A receipt as typed, in the form Wiec gives it ("7K2QM-4XR9B"). */
    static String receipt(String typed) {
        String code = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0')
                .replace('I', '1').replace('L', '1');
        return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
    }

    private Optional<Publication> current(long editionId) {
        return history(editionId).stream().findFirst();
    }

    /** Tells the audit log and the edition's followers of a publication or a correction. */
    private void announce(Edition edition, Optional<Publication> before, EditionCount published) {
        long editionId = edition.projectId();
        String winners = winners(published);
        Publication publication = published.publication();
        String detail = "version " + publication.number() + ": " + published.countedBallots() + " ballots counted, "
                + published.invalid() + " invalid; winners: " + winners;
        if (before.isPresent()) {
            String earlier = published(editionId, before.get().number()).map(BudgetResults::winners).orElse("");
            staffActions.fire(new StaffAction(CORRECTED, "project " + editionId,
                    detail + " (before: " + earlier + "); reason: " + publication.reason()));
        } else {
            staffActions.fire(new StaffAction(PUBLISHED, "project " + editionId, detail));
        }
        Project project = projects.find(editionId).orElseThrow();
        Words what = before.isPresent()
                ? new Words("wyniki poprawiono (wersja " + publication.number() + "): " + publication.reason(),
                        "the results were corrected (version " + publication.number() + "): " + publication.reason())
                : new Words("opublikowano wyniki głosowania", "the results of the vote were published");
        followed.fire(new FollowedHappening(Subject.PROJECT, editionId, null, Kind.BUDGET_RESULT,
                new Words(project.title().pl(),
                        project.title().en() == null ? project.title().pl() : project.title().en()),
                what, "/budget/results.xhtml?project=" + editionId));
    }

    private static String winners(EditionCount count) {
        return count.pools().stream().flatMap(pool -> pool.lines().stream()).filter(Line::won)
                .map(line -> "no. " + line.project().number()).collect(Collectors.joining(", "));
    }

    private ProtocolFacts facts(Edition edition, String resolution, List<String> commission, String signedIn,
            int number, String correction) {
        EditionRules rules = edition.rules();
        return new ProtocolFacts(projects.find(edition.projectId()).orElseThrow().title().pl(), resolution,
                voting(edition.projectId()), rules.channels(), rules.places(), rules, plans(edition), commission,
                signedIn, projects.today(), number, correction);
    }

    /** The first and last day of each voting phase of the edition. */
    private List<LocalDate[]> voting(long editionId) {
        return projects.find(editionId).map(Project::phases).orElse(List.of()).stream()
                .filter(phase -> BudgetVotingMethod.KEY.equals(phase.method()))
                .map(phase -> new LocalDate[] { phase.startsOn(), phase.endsOn() }).toList();
    }

    private List<PoolLines> pools(Edition edition, Map<Long, List<Line>> lines, Map<String, Long> voided) {
        Map<Long, String> areaNames = taxonomy.areaNames();
        List<PoolLines> pools = new ArrayList<>();
        for (Pool pool : edition.pools()) {
            List<Line> poolLines = lines.getOrDefault(pool.id(), List.of());
            BigDecimal spent = poolLines.stream().filter(Line::won).map(line -> line.project().cost())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            pools.add(new PoolLines(pool.plan(), areaNames.get(pool.areaId()), spent, poolLines,
                    voided.getOrDefault(String.valueOf(pool.id()), 0L)));
        }
        return pools;
    }

    private static List<PoolPlan> plans(Edition edition) {
        return edition.pools().stream().map(Pool::plan).toList();
    }

    private static Map<Long, String> poolNames(Edition edition) {
        return edition.pools().stream().collect(Collectors.toMap(Pool::id, pool -> pool.plan().name().pl()));
    }

    private static Line line(PoolResult result, String title) {
        return new Line(result.candidate(), title, result.tally().score(), result.tally().voters(), result.rank(),
                result.outcome());
    }

    private Map<Dimension, Map<String, Long>> liveTurnout(long editionId) {
        Map<Dimension, Map<String, Long>> turnout = new EnumMap<>(Dimension.class);
        Map<Dimension, String> fields = Map.of(Dimension.CHANNEL, "v.channel", Dimension.AREA, "v.area",
                Dimension.AGE_GROUP, "v.ageGroup");
        fields.forEach((dimension, field) -> em
                .createQuery("select " + field + ", count(v) from Voter v where v.editionId = :edition"
                        + " and v.mergedInto is null group by " + field, Object[].class)
                .setParameter("edition", editionId).getResultList()
                .forEach(row -> turnout.computeIfAbsent(dimension, d -> new TreeMap<>())
                        .put(row[0] == null ? "unknown" : String.valueOf(row[0]), ((Number) row[1]).longValue())));
        return turnout;
    }

    private Edition edition(long editionId) {
        return editions.edition(editionId).orElseThrow(() -> new IllegalArgumentException("No edition " + editionId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
