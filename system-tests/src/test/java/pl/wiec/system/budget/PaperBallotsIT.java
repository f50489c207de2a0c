package pl.wiec.system.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.AlreadyVoted;
import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.boundary.BatchSummary;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.CardEntry;
import pl.wiec.budget.boundary.CardOutcome;
import pl.wiec.budget.boundary.CardRejected;
import pl.wiec.budget.boundary.KeyingDifference;
import pl.wiec.budget.boundary.NearMatch;
import pl.wiec.budget.boundary.NearMatches;
import pl.wiec.budget.boundary.PaperBallots;
import pl.wiec.budget.boundary.PublicationRefused.Obstacle;
import pl.wiec.budget.entity.ResultVersion.Document;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.boundary.RekeyRefused;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.VerifiedPerson;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestPeople;

/**
 * Paper and postal cards keyed in batches: every card checked against the rules and against who voted before, online or
 * on paper, by PESEL or by name and address; invalid cards kept with their reason; re-keying by a second person.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class PaperBallotsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(PaperBallotsIT.class);
    }

    @Inject
    Projects projects;

    @Inject
    BudgetEditions editions;

    @Inject
    Ballots ballots;

    @Inject
    PaperBallots paper;

    @Inject
    pl.wiec.budget.boundary.Rekeying rekeying;

    @Inject
    BudgetResults results;

    @Inject
    Residents residents;

    @Inject
    NearMatches nearMatches;

    private Edition edition(ConflictRule rule, boolean pesel) throws Exception {
        return edition(rule, pesel, false);
    }

    private Edition edition(ConflictRule rule, boolean pesel, boolean poolDefectVoidsPool) throws Exception {
        return edition(rule, pesel, poolDefectVoidsPool, false);
    }

    private Edition edition(ConflictRule rule, boolean pesel, boolean poolDefectVoidsPool, boolean rekeyRequired)
            throws Exception {
        return TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN,
                new EditionRules(EnumSet.of(Channel.ONLINE, Channel.PAPER, Channel.POST), rule, TieBreak.LOWER_COST,
                        null, Filling.SKIP_UNFITTING, pesel, 10, List.of("Urząd Miasta"), 7, poolDefectVoidsPool,
                        rekeyRequired));
    }

    private Batch batch(Edition edition, Channel channel) throws Exception {
        return Staff.as(Staff.CLERK, () -> paper.open(edition.projectId(), channel, "Urząd Miasta"));
    }

    private CardOutcome key(Batch batch, CardEntry card) throws Exception {
        return Staff.as(Staff.CLERK, () -> paper.enter(batch.id(), card));
    }

    /** A valid card of that person marking project {@code number} in the first pool. */
    private static CardEntry card(Edition edition, CardIdentity who, int number) {
        return new CardEntry(who, null, Map.of(edition.pools().get(0).id(), List.of(number)), null);
    }

    private long counted(Edition edition) throws Exception {
        return Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).countedBallots();
    }

    @Test
    void aCardOfSomeoneWhoVotedOnlineIsADuplicateAndTheFirstBallotCounts() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        VerifiedPerson person = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
        Ticket online = residents.signInNationally(person, null);
        long pool = edition.pools().get(0).id();
        Staff.asResident(online, () -> ballots.cast(edition.projectId(),
                Map.of(pool, List.of(TestEditions.onBallot(editions, edition, 0).get(0).id())), "ul. Długa 5/3"));

        Batch batch = batch(edition, Channel.PAPER);
        CardOutcome outcome = key(batch, card(edition,
                new CardIdentity(person.firstName(), person.familyName().toUpperCase(), "Dluga 5 m. 3", null), 2));
        assertFalse(outcome.counted(), "the same person by name and address, written differently");
        assertEquals(InvalidReason.DUPLICATE, outcome.invalid());
        assertEquals(Channel.ONLINE, outcome.earlier());
        assertEquals(1, counted(edition), "the online ballot counts, the card does not");
        BatchSummary summary = Staff.as(Staff.CLERK, () -> paper.batch(batch.id())).orElseThrow();
        assertEquals(Map.of("DUPLICATE", 1L), summary.invalid());
        assertEquals(Staff.CLERK, summary.batch().enteredBy(), "who keyed the batch is recorded");
    }

    @Test
    void whereAllBallotsOfADoubleVoterAreInvalidNeitherCardCounts() throws Exception {
        Edition edition = edition(ConflictRule.ALL_INVALID, true);
        String pesel = TestPeople.pesel(LocalDate.of(1970, 5, 17)).digits();
        Batch first = batch(edition, Channel.PAPER);
        CardIdentity anna = new CardIdentity("Anna", "Nowak", "ul. Lipowa 1", pesel);
        assertTrue(key(first, card(edition, anna, 1)).counted());
        assertEquals(1, counted(edition));
        Batch second = batch(edition, Channel.PAPER);
        CardOutcome again = key(second, card(edition, new CardIdentity("Anna", "Nowak", "ul. Lipowa 2", pesel), 3));
        assertEquals(InvalidReason.ALL_INVALID, again.invalid(), "the PESEL is the same person at another address");
        assertEquals(Channel.PAPER, again.earlier());
        assertEquals(0, counted(edition), "the first card stops counting too");
        assertEquals(Map.of("ALL_INVALID", 2L),
                Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).invalidBallots());
    }

    @Test
    void aVoteInAnAreasPoolCountsOnlyFromACardWhoseAddressIsInThatArea() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        Batch batch = batch(edition, Channel.PAPER);
        long town = edition.pools().get(0).id();
        long zarzecze = edition.pools().get(1).id();
        CardOutcome outsider = key(batch, new CardEntry(new CardIdentity("Ewa", "Lis", "ul. Miejska 9", null), null,
                Map.of(town, List.of(1), zarzecze, List.of(5)), null, null));
        assertEquals(InvalidReason.OUTSIDE_AREA, outsider.invalid(), "she does not live in Zarzecze");
        CardOutcome resident = key(batch, new CardEntry(new CardIdentity("Piotr", "Lis", "Zarzecze 12", null), null,
                Map.of(town, List.of(1), zarzecze, List.of(5)), null, TestEditions.ZARZECZE));
        assertTrue(resident.counted());
        assertTrue(key(batch, new CardEntry(new CardIdentity("Adam", "Lis", "ul. Miejska 10", null), null,
                Map.of(town, List.of(2)), null, null)).counted(), "the town's pool is for everyone");
        var count = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(2, count.countedBallots());
        assertEquals(Map.of("OUTSIDE_AREA", 1L), count.invalidBallots());
    }

    @Test
    void whereTheRulesVoidOnlyADefectivePoolTheCardCountsInTheOthers() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false, true);
        long town = edition.pools().get(0).id();
        long green = edition.pools().get(2).id();
        Batch batch = batch(edition, Channel.PAPER);
        CardOutcome partly = key(batch, new CardEntry(new CardIdentity("Ewa", "Zielińska", "ul. Polna 3", null), null,
                Map.of(town, List.of(1, 2), green, List.of(7)), null, null));
        assertTrue(partly.counted(), "the green pool's vote counts");
        assertEquals(Map.of(town, InvalidReason.OVER_LIMIT), partly.voids(), "two marks where one is allowed");
        CardOutcome wholly = key(batch, new CardEntry(new CardIdentity("Jan", "Zieliński", "ul. Polna 4", null), null,
                Map.of(town, List.of(1, 2)), null, null));
        assertEquals(InvalidReason.OVER_LIMIT, wholly.invalid(), "no pool of the card counts: the card is invalid");
        Staff.as(Staff.CLERK, () -> paper.close(batch.id()));

        EditionCount count = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(1, count.countedBallots());
        assertEquals(1, count.pools().get(0).voided());
        assertTrue(count.pools().get(0).lines().stream().allMatch(line -> line.score() == 0));
        assertEquals(1, count.pools().get(2).lines().stream().filter(line -> line.project().number() == 7).findFirst()
                .orElseThrow().score());

        TestEditions.endVote(projects, edition.projectId());
        EditionCount published = TestEditions.publish(results, edition.projectId());
        assertEquals(1, published.pools().get(0).voided(), "stored with the published version");
        String ballots = new String(results.document(edition.projectId(), 1, Document.BALLOTS_CSV).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ballots.contains("\"ważna, nieważna w puli: za dużo wybranych projektów\";\"Pula ogólnomiejska\""),
                ballots);
        assertTrue(ballots.contains("\"ważna\";\"Zielona pula\";\"7\";\"1\""), ballots);
        String protocol = new String(results.document(edition.projectId(), 1, Document.PROTOCOL_CSV).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(protocol.contains("\"głosy nieważne w puli\";\"Pula ogólnomiejska\";\"\";\"\";\"\";\"\";\"\";\"1\""),
                protocol);
        assertTrue(published.publication().rules().contains("unieważnia głos tylko w tej puli"));

        Edition strict = edition(ConflictRule.FIRST_COUNTS, false, false);
        CardOutcome void_ = key(batch(strict, Channel.PAPER),
                new CardEntry(new CardIdentity("Ewa", "Zielińska", "ul. Polna 3", null), null,
                        Map.of(strict.pools().get(0).id(), List.of(1, 2), strict.pools().get(2).id(), List.of(7)), null,
                        null));
        assertEquals(InvalidReason.OVER_LIMIT, void_.invalid(), "by the usual rule the whole card is invalid");
    }

    @Test
    void nearMatchesAcrossChannelsWaitForAClerkAndOnePersonCountsOnce() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        long town = edition.pools().get(0).id();
        VerifiedPerson father = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
        VerifiedPerson neighbour = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
        Staff.asResident(residents.signInNationally(father, null),
                () -> ballots.cast(edition.projectId(), Map.of(town, List.of(projectId(edition, 1))), "ul. Mostowa 1"));
        Staff.asResident(residents.signInNationally(neighbour, null),
                () -> ballots.cast(edition.projectId(), Map.of(town, List.of(projectId(edition, 2))), "Mostowa 1/2"));
        Batch batch = batch(edition, Channel.PAPER);
        assertTrue(key(batch,
                card(edition, new CardIdentity(father.firstName(), father.familyName(), "Mostowa 1 m. 4", null), 3))
                        .counted(),
                "not the same name and address: counted until decided");
        assertTrue(key(batch, card(edition,
                new CardIdentity(neighbour.firstName(), neighbour.familyName() + "a", "ul. Mostowa 1/2", null), 3))
                        .counted());
        assertTrue(key(batch, card(edition, new CardIdentity("Zofia", "Mostowska", "Mostowa 1/9", null), 4)).counted(),
                "another name in the building is nobody's near match");

        List<NearMatch> pending = Staff.as(Staff.CLERK, () -> nearMatches.pending(edition.projectId()));
        assertEquals(2, pending.size());
        NearMatch fatherAndCard = pending.stream()
                .filter(match -> match.later().identity().address().equals("Mostowa 1 m. 4")).findFirst().orElseThrow();
        assertEquals(Channel.ONLINE, fatherAndCard.earlier().channel());
        assertEquals("ul. Mostowa 1", fatherAndCard.earlier().identity().address(), "both records side by side");
        assertEquals(father.familyName(), fatherAndCard.earlier().identity().familyName());
        assertEquals(Channel.PAPER, fatherAndCard.later().channel());
        assertEquals(1, fatherAndCard.later().cardNumber(), "the card can be taken out of its batch and read");
        assertEquals("Urząd Miasta", fatherAndCard.later().place());
        Staff.as(Staff.CLERK, () -> paper.close(batch.id()));
        TestEditions.endVote(projects, edition.projectId());
        assertTrue(Staff.as(Staff.CLERK, () -> results.obstacles(edition.projectId()))
                .contains(Obstacle.NEAR_MATCHES_UNDECIDED));
        assertThrows(EJBAccessException.class, () -> nearMatches.pending(edition.projectId()), "staff only");

        NearMatch neighbourAndCard = pending.stream().filter(match -> match != fatherAndCard).findFirst().orElseThrow();
        assertTrue(Staff.as(Staff.CLERK,
                () -> nearMatches.decide(edition.projectId(), fatherAndCard.first(), fatherAndCard.second(), true)));
        assertFalse(Staff.as(Staff.CLERK,
                () -> nearMatches.decide(edition.projectId(), fatherAndCard.first(), fatherAndCard.second(), false)),
                "decided once");
        assertTrue(Staff.as(Staff.CLERK, () -> nearMatches.decide(edition.projectId(), neighbourAndCard.first(),
                neighbourAndCard.second(), false)));
        EditionCount count = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(4, count.countedBallots(), "the father's card is his second vote; the neighbours are two people");
        assertEquals(Map.of("DUPLICATE", 1L), count.invalidBallots());
        assertEquals(4, count.voters(), "the father is counted once in the turnout");
        assertEquals(1, count.pools().get(0).lines().stream().filter(line -> line.project().number() == 1).findFirst()
                .orElseThrow().score(), "his first vote counts");
        assertTrue(Staff.as(Staff.CLERK, () -> nearMatches.pending(edition.projectId())).isEmpty());
        assertFalse(Staff.as(Staff.CLERK, () -> results.obstacles(edition.projectId()))
                .contains(Obstacle.NEAR_MATCHES_UNDECIDED));

        TestEditions.publish(results, edition.projectId());
        Batch late = batch(edition, Channel.PAPER);
        key(late, card(edition, new CardIdentity(father.firstName(), father.familyName(), "Mostowa 1 m. 7", null), 2));
        assertTrue(Staff.as(Staff.CLERK, () -> nearMatches.pending(edition.projectId())).isEmpty(),
                "the names and addresses given were erased when the result was published");
    }

    @Test
    void oneNearPersonWhereAllTheirBallotsAreInvalidLosesBothAndTheCardThenStays() throws Exception {
        Edition edition = edition(ConflictRule.ALL_INVALID, false);
        VerifiedPerson voter = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
        Staff.asResident(residents.signInNationally(voter, null), () -> ballots.cast(edition.projectId(),
                Map.of(edition.pools().get(0).id(), List.of(projectId(edition, 1))), "ul. Mostowa 1"));
        Batch batch = batch(edition, Channel.PAPER);
        CardEntry card = card(edition, new CardIdentity(voter.firstName(), voter.familyName(), "Mostowa 1 m. 4", null),
                2);
        assertTrue(key(batch, card).counted());
        Staff.as(Staff.CLERK, () -> paper.close(batch.id()));
        NearMatch match = Staff.as(Staff.CLERK, () -> nearMatches.pending(edition.projectId())).get(0);
        assertTrue(Staff.as(Staff.CLERK,
                () -> nearMatches.decide(edition.projectId(), match.first(), match.second(), true)));
        EditionCount count = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(0, count.countedBallots(), "by the rules neither ballot of one who voted twice counts");
        assertEquals(Map.of("ALL_INVALID", 2L), count.invalidBallots());
        assertEquals(1, count.voters());

        Batch rekey = Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id()));
        Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), 1,
                card(edition, new CardIdentity(voter.firstName(), voter.familyName(), "Mostowa 1 m. 4", null), 3)));
        Staff.as(Staff.ADMINISTRATOR, () -> paper.close(rekey.id()));
        assertEquals(Map.of("cardNumber", CardRejected.Problem.REPEATED_PERSON),
                assertThrows(CardRejected.class,
                        () -> Staff.as(Staff.ADMINISTRATOR, () -> paper.correct(batch.id(), 1, card))).problems(),
                "the decision made this card its person's second vote: it is not rewritten behind it");
    }

    private long projectId(Edition edition, int number) {
        return TestEditions.onBallot(editions, edition, 0).stream().filter(project -> project.number() == number)
                .findFirst().orElseThrow().id();
    }

    @Test
    void invalidCardsAreKeptWithTheirReasonAndKeyingMistakesKeepNothing() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, true);
        Batch batch = batch(edition, Channel.PAPER);
        long town = edition.pools().get(0).id();
        String pesel = TestPeople.pesel(LocalDate.of(1981, 2, 3)).digits();
        CardIdentity complete = new CardIdentity("Jan", "Kowal", "ul. Polna 3", pesel);
        assertEquals(InvalidReason.NO_SIGNATURE,
                key(batch, new CardEntry(complete, null, Map.of(town, List.of(1)), InvalidReason.NO_SIGNATURE))
                        .invalid());
        assertEquals(InvalidReason.INCOMPLETE_IDENTITY,
                key(batch, card(edition, new CardIdentity("Jan", "Kowal", "ul. Polna 3", null), 1)).invalid(),
                "the rules demand a PESEL");
        String other = TestPeople.pesel(LocalDate.of(1982, 3, 4)).digits();
        assertEquals(InvalidReason.OVER_LIMIT,
                key(batch, new CardEntry(new CardIdentity("Ola", "Kos", "ul. Polna 4", other), null,
                        Map.of(town, List.of(1, 2)), null)).invalid(),
                "two marks where one vote is allowed");
        assertEquals(InvalidReason.EMPTY,
                key(batch, new CardEntry(new CardIdentity("Ola", "Kos", "ul. Polna 4", other), null, Map.of(), null))
                        .invalid());
        assertEquals(Map.of(String.valueOf(town), CardRejected.Problem.UNKNOWN_NUMBER),
                assertThrows(CardRejected.class, () -> key(batch, card(edition, complete, 99))).problems());
        assertEquals(Map.of("pesel", CardRejected.Problem.PESEL_CHECKSUM),
                assertThrows(CardRejected.class,
                        () -> key(batch, card(edition, new CardIdentity("Jan", "Kowal", "x", "12345678901"), 1)))
                                .problems());
        assertEquals(0, counted(edition));
        assertEquals(4, Staff.as(Staff.CLERK, () -> paper.batch(batch.id())).orElseThrow().batch().cards(),
                "keying mistakes take no card number");
        assertTrue(key(batch, card(edition, complete, 1)).counted(),
                "an invalid card does not make its person a voter: they may still vote validly");
    }

    @Test
    void aPostalCardMustArriveByTheLastDayOfTheVote() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        Batch post = batch(edition, Channel.POST);
        long town = edition.pools().get(0).id();
        LocalDate today = projects.today();
        CardIdentity late = new CardIdentity("Piotr", "Późny", "ul. Wolna 8", null);
        assertEquals(InvalidReason.LATE,
                key(post, new CardEntry(late, today.plusDays(8), Map.of(town, List.of(1)), null)).invalid(),
                "the vote ends seven days from today");
        assertEquals(Map.of("receivedOn", CardRejected.Problem.RECEIVED_ON_MISSING), assertThrows(CardRejected.class,
                () -> key(post, new CardEntry(late, null, Map.of(town, List.of(1)), null))).problems());
        assertTrue(key(post, new CardEntry(late, today.plusDays(7), Map.of(town, List.of(1)), null)).counted(),
                "on the last day itself");
    }

    @Test
    void anOnlineVoteRacingAPaperCardOfTheSamePersonCountsOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
            VerifiedPerson person = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
            Ticket online = residents.signInNationally(person, null);
            long pool = edition.pools().get(0).id();
            long project = TestEditions.onBallot(editions, edition, 0).get(0).id();
            Batch batch = batch(edition, Channel.PAPER);
            CardIdentity same = new CardIdentity(person.firstName(), person.familyName(), "ul. Równa 9", null);
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                List<Callable<Boolean>> racing = new ArrayList<>();
                racing.add(() -> {
                    try {
                        Staff.asResident(online,
                                () -> ballots.cast(edition.projectId(), Map.of(pool, List.of(project)), "ul. Równa 9"));
                        return true;
                    } catch (AlreadyVoted e) {
                        return false;
                    }
                });
                racing.add(() -> key(batch, card(edition, same, 1)).counted());
                int counts = 0;
                for (Future<Boolean> done : both.invokeAll(racing)) {
                    counts += done.get() ? 1 : 0;
                }
                assertEquals(1, counts, "exactly one of the two says it counted");
            } finally {
                both.shutdown();
            }
            assertEquals(1, counted(edition), "and exactly one counts");
        }
    }

    @Test
    void aSecondPersonRekeysAClosedBatchAndTheEntryErrorsAreMeasured() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        Batch batch = batch(edition, Channel.PAPER);
        List<CardIdentity> people = List.of(new CardIdentity("Ewa", "Lis", "ul. Leśna 1", null),
                new CardIdentity("Adam", "Wilk", "ul. Leśna 2", null),
                new CardIdentity("Iga", "Sowa", "ul. Leśna 3", null));
        for (int i = 0; i < people.size(); i++) {
            key(batch, card(edition, people.get(i), i + 1));
        }
        assertThrows(RekeyRefused.class, () -> Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id())),
                "not while it is open");
        Staff.as(Staff.CLERK, () -> paper.close(batch.id()));
        assertThrows(RekeyRefused.class, () -> Staff.as(Staff.CLERK, () -> rekeying.openRekey(batch.id())),
                "not by who keyed it");
        Batch rekey = Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id()));
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), 1, card(edition, people.get(0), 1))));
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), 2, card(edition, people.get(1), 2))));
        assertFalse(Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), 3, card(edition, people.get(2), 4))),
                "project 4 keyed where the first keying had 3");
        BatchSummary check = Staff.as(Staff.ADMINISTRATOR, () -> paper.batch(rekey.id())).orElseThrow();
        assertEquals(3, check.rekeyed());
        assertEquals(2, check.matching());
        assertEquals(100.0 / 3, check.errorRate(), 0.01);
        assertEquals(3, counted(edition), "re-keyed cards are compared, never counted");
        assertThrows(CardRejected.class,
                () -> Staff.as(Staff.ADMINISTRATOR,
                        () -> rekeying.rekey(rekey.id(), 9, card(edition, people.get(0), 1))),
                "no card 9 in the batch");
    }

    @Test
    void whereTheRulesAskEveryBatchIsRekeyedAndEveryDifferenceDecidedByASecondPerson() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false, false, true);
        long town = edition.pools().get(0).id();
        Batch batch = batch(edition, Channel.PAPER);
        List<CardIdentity> people = List.of(new CardIdentity("Ewa", "Lis", "ul. Leśna 1", null),
                new CardIdentity("Adam", "Wilk", "ul. Leśna 2", null),
                new CardIdentity("Iga", "Sowa", "ul. Leśna 3", null),
                new CardIdentity("Ola", "Kos", "ul. Leśna 4", null));
        int[] marked = { 1, 2, 3, 1 };
        for (int i = 0; i < people.size(); i++) {
            key(batch, card(edition, people.get(i), marked[i]));
        }
        Staff.as(Staff.CLERK, () -> paper.close(batch.id()));
        TestEditions.endVote(projects, edition.projectId());
        assertTrue(obstacles(edition).contains(Obstacle.BATCHES_NOT_REKEYED), "nobody keyed it again yet");

        Batch rekey = Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id()));
        for (int i = 0; i < 2; i++) {
            int number = i + 1;
            Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), number,
                    card(edition, people.get(number - 1), marked[number - 1])));
        }
        Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rekey.id(), 3, card(edition, people.get(2), 4)));
        Staff.as(Staff.ADMINISTRATOR, () -> paper.close(rekey.id()));
        assertTrue(obstacles(edition).contains(Obstacle.BATCHES_NOT_REKEYED), "card 4 was not keyed again");
        Batch rest = Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id()));
        Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(rest.id(), 4,
                card(edition, new CardIdentity("Ola", "Koss", "ul. Leśna 4", null), 1)));
        Staff.as(Staff.ADMINISTRATOR, () -> paper.close(rest.id()));
        assertFalse(obstacles(edition).contains(Obstacle.BATCHES_NOT_REKEYED));
        assertTrue(obstacles(edition).contains(Obstacle.DIFFERENCES_UNDECIDED));

        List<KeyingDifference> differences = Staff.as(Staff.CLERK, () -> rekeying.differences(batch.id()));
        assertEquals(2, differences.size());
        KeyingDifference marks = differences.get(0);
        assertEquals(3, marks.cardNumber());
        assertEquals(Boolean.TRUE, marks.samePerson());
        assertEquals(Map.of(town, List.of(3)), marks.first().numbers(), "side by side: what each keying read");
        assertEquals(Map.of(town, List.of(4)), marks.second().numbers());
        assertEquals(Staff.ADMINISTRATOR, marks.rekeyedBy());
        KeyingDifference person = differences.get(1);
        assertEquals(Boolean.FALSE, person.samePerson(), "the names differ; the marks do not");
        assertEquals(person.first(), person.second());

        assertEquals(Map.of("batch", CardRejected.Problem.SAME_KEYER), assertThrows(CardRejected.class,
                () -> Staff.as(Staff.CLERK, () -> paper.correct(batch.id(), 3, card(edition, people.get(2), 4))))
                        .problems(),
                "the one who keyed the batch does not correct it");
        assertEquals(Map.of("batch", CardRejected.Problem.SAME_KEYER),
                assertThrows(CardRejected.class, () -> Staff.as(Staff.CLERK, () -> rekeying.confirmFirst(rest.id(), 4)))
                        .problems());
        CardOutcome corrected = Staff.as(Staff.ADMINISTRATOR,
                () -> paper.correct(batch.id(), 3, card(edition, people.get(2), 4)));
        assertTrue(corrected.counted());
        assertEquals(3, corrected.cardNumber(), "the card keeps its number");
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> rekeying.confirmFirst(rest.id(), 4)), "the paper says Kos");
        assertFalse(Staff.as(Staff.ADMINISTRATOR, () -> rekeying.confirmFirst(rest.id(), 4)), "decided once");
        assertTrue(Staff.as(Staff.CLERK, () -> rekeying.differences(batch.id())).stream()
                .allMatch(KeyingDifference::isDecided));
        assertTrue(obstacles(edition).isEmpty(), "every batch keyed twice and every difference decided");
        EditionCount count = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(0, score(count, 3), "Iga's card now reads project 4");
        assertEquals(1, score(count, 4));
        assertEquals(4, count.countedBallots());

        assertEquals(Map.of("cardNumber", CardRejected.Problem.NO_DIFFERENCE),
                assertThrows(CardRejected.class,
                        () -> Staff.as(Staff.ADMINISTRATOR,
                                () -> paper.correct(batch.id(), 1, card(edition, people.get(1), 1)))).problems(),
                "only a card keyed differently is corrected");
        Batch again = Staff.as(Staff.ADMINISTRATOR, () -> rekeying.openRekey(batch.id()));
        Staff.as(Staff.ADMINISTRATOR, () -> rekeying.rekey(again.id(), 1, card(edition, people.get(1), 1)));
        Staff.as(Staff.ADMINISTRATOR, () -> paper.close(again.id()));
        CardOutcome adamAgain = Staff.as(Staff.ADMINISTRATOR,
                () -> paper.correct(batch.id(), 1, card(edition, people.get(1), 1)));
        assertEquals(InvalidReason.DUPLICATE, adamAgain.invalid(),
                "a corrected person is checked against everyone who voted: Adam's card 2 came first");
        EditionCount after = Staff.as(Staff.CLERK, () -> results.count(edition.projectId()));
        assertEquals(3, after.countedBallots());
        assertEquals(3, after.voters(), "Ewa's mark in the voter list was taken back with her keying");

        Batch open = batch(edition, Channel.PAPER);
        key(open, card(edition, new CardIdentity("Jan", "Dąb", "ul. Leśna 5", null), 1));
        assertEquals(Map.of("batch", CardRejected.Problem.BATCH_OPEN), assertThrows(CardRejected.class,
                () -> Staff.as(Staff.ADMINISTRATOR, () -> paper.correct(open.id(), 1, card(edition, people.get(0), 1))))
                        .problems());
    }

    private java.util.Set<Obstacle> obstacles(Edition edition) throws Exception {
        return Staff.as(Staff.CLERK, () -> results.obstacles(edition.projectId()));
    }

    private static long score(EditionCount count, int number) {
        return count.pools().get(0).lines().stream().filter(line -> line.project().number() == number).findFirst()
                .orElseThrow().score();
    }

    @Test
    void onlyClerksAndAdministratorsKeyCardsAndEachBatchOnlyByItsKeyer() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS, false);
        Batch batch = batch(edition, Channel.PAPER);
        CardEntry card = card(edition, new CardIdentity("Ala", "Mak", "ul. Makowa 1", null), 1);
        assertEquals(Map.of("batch", CardRejected.Problem.NOT_YOUR_BATCH), assertThrows(CardRejected.class,
                () -> Staff.as(Staff.ADMINISTRATOR, () -> paper.enter(batch.id(), card))).problems());
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.MODERATOR, () -> paper.enter(batch.id(), card)));
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.MODERATOR, () -> paper.open(edition.projectId(), Channel.PAPER, "Urząd")));
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(resident, () -> paper.batches(edition.projectId())));
        assertThrows(EJBAccessException.class, () -> paper.batches(edition.projectId()), "anonymous");
    }
}
