package pl.wiec.system.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.AlreadyVoted;
import pl.wiec.budget.boundary.BallotPaper;
import pl.wiec.budget.boundary.BallotRejected;
import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.boundary.EditionLocked;
import pl.wiec.budget.entity.BallotProblem;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Outcome;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.ResidentProfileDetails;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.Gender;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * A budget edition through its boundaries, as in Wasilków: three pools (town-wide, an area's, green), one vote per
 * pool; then the ballot's rules, one counted ballot per person whatever races, ballot secrecy in the tables, and a
 * published result equal to an independent recount of the raw ballots.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class BudgetIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(BudgetIT.class);
    }

    @Inject
    Projects projects;

    @Inject
    BudgetEditions editions;

    @Inject
    Ballots ballots;

    @Inject
    BudgetResults results;

    @Inject
    Residents residents;

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    private Edition wasilkow(Requirement voters) throws Exception {
        return TestEditions.wasilkow(projects, editions, voters, EditionRules.usual());
    }

    private static PoolPlan pool(String name, long amount, long cap, Long area, VotingMethod method) {
        return TestEditions.pool(name, amount, cap, area);
    }

    /** Where a test voter lives: a street of their own, as test people may share a name. */
    private static String address() {
        return "ul. Testowa " + java.util.UUID.randomUUID();
    }

    private Ticket voter(String area) throws Exception {
        Ticket ticket = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        if (area != null) {
            Staff.asResident(ticket,
                    () -> residents.describe(new ResidentProfileDetails(1980, area, Gender.UNDISCLOSED, true, true)));
        }
        return ticket;
    }

    private List<BudgetProject> onBallot(Edition edition, int pool) {
        return TestEditions.onBallot(editions, edition, pool);
    }

    @Test
    void theBallotShowsTheAdmittedProjectsOfThePoolsThePersonMayVoteIn() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        BallotPaper anonymous = ballots.paper(edition.projectId()).orElseThrow();
        assertEquals(Refusal.SIGN_IN, anonymous.refusal());
        assertEquals(List.of(4, 2, 1), anonymous.pools().stream().map(p -> p.projects().size()).toList(),
                "rejected project 8 is not on the ballot");
        assertEquals(List.of(true, false, true), anonymous.pools().stream().map(p -> p.mine()).toList(),
                "the area's pool is not for someone of unknown residence");

        BallotPaper ofZarzecze = Staff.asResident(voter("Zarzecze"), () -> ballots.paper(edition.projectId()))
                .orElseThrow();
        assertEquals(null, ofZarzecze.refusal());
        assertEquals(List.of(true, true, true), ofZarzecze.pools().stream().map(p -> p.mine()).toList());
        assertEquals("Zarzecze", ofZarzecze.pools().get(1).areaName());
    }

    @Test
    void aResidentVotesOnceAndKeepsTheReceipt() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Ticket voter = voter("Zarzecze");
        Map<Long, List<Long>> choices = Map.of(edition.pools().get(0).id(), List.of(onBallot(edition, 0).get(1).id()),
                edition.pools().get(1).id(), List.of(onBallot(edition, 1).get(0).id()));
        String receipt = Staff.asResident(voter, () -> ballots.cast(edition.projectId(), choices, address()));
        assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), receipt);
        assertEquals(receipt, Staff.asResident(voter, () -> ballots.paper(edition.projectId())).orElseThrow().receipt(),
                "the ballot page shows the receipt on every later visit");
        assertThrows(AlreadyVoted.class, () -> Staff.asResident(voter, () -> ballots.cast(edition.projectId(),
                Map.of(edition.pools().get(2).id(), List.of(onBallot(edition, 2).get(0).id())), address())));
        assertEquals(1, counted(edition.projectId()));
    }

    @Test
    void manySimultaneousBallotsOfOnePersonCountOnce() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Ticket voter = voter(null);
        long pool = edition.pools().get(0).id();
        List<BudgetProject> candidates = onBallot(edition, 0);
        ExecutorService devices = Executors.newFixedThreadPool(8);
        List<Future<String>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                long choice = candidates.get(i % candidates.size()).id();
                attempts.add(devices.submit(() -> {
                    try {
                        return Staff.asResident(voter,
                                () -> ballots.cast(edition.projectId(), Map.of(pool, List.of(choice)), address()));
                    } catch (AlreadyVoted e) {
                        return null;
                    }
                }));
            }
            Set<String> receipts = new HashSet<>();
            for (Future<String> attempt : attempts) {
                String receipt = attempt.get();
                if (receipt != null) {
                    receipts.add(receipt);
                }
            }
            assertEquals(1, receipts.size(), "exactly one attempt was counted; the others heard AlreadyVoted");
        } finally {
            devices.shutdown();
        }
        assertEquals(1, counted(edition.projectId()));
        assertEquals(1, rows("select count(*) from budget_voter where project_id = ?", edition.projectId()));
    }

    @Test
    void aBallotBreakingAPoolsRuleIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Ticket elsewhere = voter("Borki");
        long town = edition.pools().get(0).id();
        long area = edition.pools().get(1).id();
        BallotRejected twoInOne = assertThrows(BallotRejected.class, () -> Staff.asResident(elsewhere,
                () -> ballots.cast(edition.projectId(),
                        Map.of(town, List.of(onBallot(edition, 0).get(0).id(), onBallot(edition, 0).get(1).id())),
                        address())));
        assertEquals(Map.of(town, BallotProblem.TOO_MANY), twoInOne.problems());
        assertEquals(Map.of(area, BallotProblem.NOT_YOUR_POOL),
                assertThrows(BallotRejected.class,
                        () -> Staff.asResident(elsewhere,
                                () -> ballots.cast(edition.projectId(),
                                        Map.of(area, List.of(onBallot(edition, 1).get(0).id())), address())))
                                                .problems());
        assertEquals(Map.of(town, BallotProblem.NOT_ON_BALLOT),
                assertThrows(BallotRejected.class,
                        () -> Staff.asResident(elsewhere,
                                () -> ballots.cast(edition.projectId(),
                                        Map.of(town, List.of(onBallot(edition, 2).get(0).id())), address())))
                                                .problems(),
                "a project of another pool");
        assertEquals(Map.of(0L, BallotProblem.EMPTY),
                assertThrows(BallotRejected.class,
                        () -> Staff.asResident(elsewhere,
                                () -> ballots.cast(edition.projectId(), Map.of(town, List.of()), address())))
                                        .problems());
        assertEquals(0, counted(edition.projectId()));
        assertEquals(null,
                Staff.asResident(elsewhere, () -> ballots.paper(edition.projectId())).orElseThrow().receipt(),
                "they can still vote");
    }

    @Test
    void theVoteRuleKeepsOutWhomItShouldAndAClosedVoteTakesNoBallot() throws Exception {
        Edition verifiedOnly = wasilkow(Requirement.NATIONAL_HIGH);
        Ticket substantial = voter(null);
        long pool = verifiedOnly.pools().get(0).id();
        long choice = onBallot(verifiedOnly, 0).get(0).id();
        assertEquals(Refusal.VERIFY_NATIONALLY,
                assertThrows(NotAllowed.class,
                        () -> Staff.asResident(substantial,
                                () -> ballots.cast(verifiedOnly.projectId(), Map.of(pool, List.of(choice)), address())))
                                        .refusal());

        long closed = TestProjects.create(projects, "BO zamknięty", Visibility.PUBLISHED,
                today -> List.of(new pl.wiec.projects.entity.PhasePlan(null, LocalizedText.polish("Głosowanie"),
                        today.minusDays(10), today.minusDays(1), "budget-voting")));
        Edition edition = Staff.as(Staff.CLERK, () -> editions.configure(closed, null, EditionRules.usual(),
                List.of(pool("Pula", 1000, 1000, null, VotingMethod.ONE_VOTE))));
        assertEquals(Refusal.PHASE_CLOSED,
                Staff.asResident(substantial, () -> ballots.paper(closed)).orElseThrow().refusal());
        assertThrows(NotAllowed.class, () -> Staff.asResident(substantial,
                () -> ballots.cast(closed, Map.of(edition.pools().get(0).id(), List.of(1L)), address())));
    }

    @Test
    void theVoterListAndTheBallotsShareNothingStaffCouldJoinThemBy() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Ticket voter = voter(null);
        long me = Staff.asResident(voter, () -> residents.me().id());
        String receipt = Staff.asResident(voter, () -> ballots.cast(edition.projectId(),
                Map.of(edition.pools().get(0).id(), List.of(onBallot(edition, 0).get(0).id())), address()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement voters = connection
                        .prepareStatement("select voter_key from budget_voter where project_id = ?");
                PreparedStatement ballot = connection
                        .prepareStatement("select link, cast_on from budget_ballot where receipt = ?")) {
            voters.setLong(1, edition.projectId());
            String voterKey;
            try (ResultSet rows = voters.executeQuery()) {
                assertTrue(rows.next());
                voterKey = rows.getString(1);
            }
            ballot.setString(1, receipt);
            try (ResultSet rows = ballot.executeQuery()) {
                assertTrue(rows.next());
                String link = rows.getString(1);
                assertFalse(link.equals(voterKey), "the ballot's link is not the voter's name in the list");
                assertFalse(voterKey.contains(String.valueOf(me)) && voterKey.length() < 20,
                        "the voter list names no account");
                assertEquals(64, voterKey.length(), "a keyed hash, not an identifier");
                assertNotNull(rows.getDate(2), "the ballot keeps the day only");
            }
        }
        assertEquals(0,
                rows("select count(*) from information_schema.columns where lower(table_name) = 'budget_ballot'"
                        + " and lower(column_name) in ('resident_id', 'voter_id', 'voter_key', 'cast_at')", null),
                "no column of the ballot names its voter or the moment it was cast");
    }

    @Test
    void thePublishedResultEqualsAnIndependentRecountOfTheRawBallots() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Random random = new Random(5);
        for (int i = 0; i < 14; i++) {
            Ticket voter = voter(random.nextBoolean() ? "Zarzecze" : "Lipowiec");
            boolean ofZarzecze = Staff.asResident(voter, () -> residents.me().residenceArea()).equals("Zarzecze");
            Map<Long, List<Long>> choices = new HashMap<>();
            for (int pool = 0; pool < 3; pool++) {
                List<BudgetProject> candidates = onBallot(edition, pool);
                if ((pool != 1 || ofZarzecze) && random.nextInt(4) > 0) {
                    choices.put(edition.pools().get(pool).id(),
                            List.of(candidates.get(random.nextInt(candidates.size())).id()));
                }
            }
            if (choices.isEmpty()) {
                choices.put(edition.pools().get(0).id(), List.of(onBallot(edition, 0).get(0).id()));
            }
            Staff.asResident(voter, () -> ballots.cast(edition.projectId(), choices, address()));
        }
        assertTrue(results.published(edition.projectId()).isEmpty(), "nothing is public before staff publish");
        TestEditions.endVote(projects, edition.projectId());
        EditionCount published = TestEditions.publish(results, edition.projectId());
        assertEquals(14, published.countedBallots());
        assertEquals(14, published.voters());

        Map<Long, Long> recount = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement raw = connection.prepareStatement("select c.budget_project_id, c.points"
                        + " from budget_choice c join budget_ballot b on b.receipt = c.receipt"
                        + " where b.project_id = ? and b.counted_link is not null")) {
            raw.setLong(1, edition.projectId());
            try (ResultSet rows = raw.executeQuery()) {
                while (rows.next()) {
                    recount.merge(rows.getLong(1), rows.getLong(2), Long::sum);
                }
            }
        }
        for (PoolLines pool : published.pools()) {
            BigDecimal left = pool.pool().amount();
            List<Line> byScore = pool.lines().stream().sorted(
                    Comparator.comparingLong(Line::score).reversed().thenComparing(line -> line.project().cost()))
                    .toList();
            assertEquals(byScore.stream().map(line -> line.project().id()).toList(),
                    pool.lines().stream().map(line -> line.project().id()).toList(), "ranked by votes, cheaper first");
            for (Line line : pool.lines()) {
                assertEquals(recount.getOrDefault(line.project().id(), 0L), line.score(),
                        "project " + line.project().number());
                boolean wins = line.score() > 0 && line.project().cost().compareTo(left) <= 0;
                assertEquals(wins ? Outcome.WON : line.score() == 0 ? Outcome.LOST : Outcome.DID_NOT_FIT,
                        line.outcome(), "project " + line.project().number());
                if (wins) {
                    left = left.subtract(line.project().cost());
                }
            }
            assertTrue(pool.spent().compareTo(pool.pool().amount()) <= 0, "never over-allocated");
        }
        assertEquals(lines(published), lines(results.published(edition.projectId()).orElseThrow()),
                "everyone reads what was published");
    }

    @Test
    void poolsStayAsVotersSawThemOnceBallotsAreCast() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        Staff.asResident(voter(null), () -> ballots.cast(edition.projectId(),
                Map.of(edition.pools().get(0).id(), List.of(onBallot(edition, 0).get(0).id())), address()));
        List<PoolPlan> changed = new ArrayList<>(edition.pools().stream().map(Pool::plan).toList());
        PoolPlan first = changed.get(0);
        changed.set(0, new PoolPlan(first.id(), first.name(), BigDecimal.valueOf(300_000), first.costCap(), null,
                first.method(), 1, 1, null));
        assertThrows(EditionLocked.class, () -> Staff.as(Staff.CLERK,
                () -> editions.configure(edition.projectId(), edition.version(), edition.rules(), changed)));
        Staff.as(Staff.CLERK, () -> editions.configure(edition.projectId(), edition.version(),
                new EditionRules(edition.rules().channels(), edition.rules().conflictRule(),
                        pl.wiec.budget.entity.TieBreak.EARLIER_SUBMISSION, null, edition.rules().filling(), false, 10,
                        edition.rules().places(), 7, false, false),
                edition.pools().stream().map(Pool::plan).toList()));
        assertEquals(pl.wiec.budget.entity.TieBreak.EARLIER_SUBMISSION,
                editions.edition(edition.projectId()).orElseThrow().rules().tieBreak(),
                "rules that do not change the ballot may still change");
    }

    @Test
    void onlyClerksAndAdministratorsConfigureVerifyAndPublishAndOnlyResidentsVote() throws Exception {
        Edition edition = wasilkow(Requirement.SIGNED_IN);
        long project = edition.projectId();
        List<PoolPlan> plans = edition.pools().stream().map(Pool::plan).toList();
        BudgetProject item = editions.projects(project).get(0);
        Ticket resident = voter(null);
        for (String login : List.of(Staff.MODERATOR, Staff.NO_WIEC_ROLE)) {
            assertThrows(EJBAccessException.class, () -> Staff.as(login,
                    () -> editions.configure(project, edition.version(), EditionRules.usual(), plans)), login);
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(login, () -> editions.admit(item.id(), item.version())), login);
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(login, () -> results.publish(project, null, "X", null, null)), login);
            assertThrows(EJBAccessException.class, () -> Staff.as(login, () -> results.count(project)), login);
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(login, () -> editions.decideAppeal(item.id(), item.version(), true, "tak")), login);
            assertThrows(EJBAccessException.class,
                    () -> Staff.as(login, () -> editions.verify(item.id(), item.version(), TestEditions.PASSED)),
                    login);
            assertThrows(EJBAccessException.class, () -> Staff.as(login, () -> editions.askForCorrections(item.id(),
                    item.version(), "Popraw", java.time.LocalDate.now().plusDays(3))), login);
        }
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(resident, () -> editions.reject(item.id(), item.version(), "nie")));
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident,
                () -> editions.enter(project, plans.get(0).id(), "Mój", "Opis", null, BigDecimal.TEN)));
        assertThrows(EJBAccessException.class, () -> results.publish(project, null, "X", null, null), "anonymous");
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.CLERK,
                        () -> ballots.cast(project, Map.of(plans.get(0).id(), List.of(item.id())), address())),
                "staff do not vote");
        Staff.as(Staff.ADMINISTRATOR, () -> results.count(project));
    }

    private static List<String> lines(EditionCount count) {
        return count.pools().stream().flatMap(pool -> pool.lines().stream()).map(line -> line.project().id() + ": "
                + line.score() + " points, " + line.voters() + " voters, place " + line.rank() + ", " + line.outcome())
                .toList();
    }

    private long counted(long editionId) throws Exception {
        return rows("select count(*) from budget_ballot where project_id = ? and counted_link is not null", editionId);
    }

    private long rows(String sql, Long editionId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (editionId != null) {
                statement.setLong(1, editionId);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
