package pl.wiec.system.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.audit.boundary.AuditLog;
import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.BudgetResults.ReceiptCheck;
import pl.wiec.budget.boundary.CardEntry;
import pl.wiec.budget.boundary.PaperBallots;
import pl.wiec.budget.boundary.PublicationRefused;
import pl.wiec.budget.boundary.PublicationRefused.Obstacle;
import pl.wiec.budget.entity.Batch;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.Publication;
import pl.wiec.budget.entity.ResultVersion.Document;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.platform.entity.Sha256;
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
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * A budget edition's result that nobody can dispute: counted officially only after the vote and every batch, published
 * once as a version that never changes (its documents served byte for byte with their SHA-256), corrected only as a new
 * version with its reason, recountable by anyone from the downloaded list of ballots, and checkable by a voter's
 * receipt without revealing the choices.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ResultsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(ResultsIT.class);
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
    BudgetResults results;

    @Inject
    Residents residents;

    @Inject
    Follows follows;

    @Inject
    Notifications notifications;

    @Inject
    AuditLog auditLog;

    /** A Wasilków-like edition voted online, on paper and by post, under the double-vote rule given. */
    private Edition edition(ConflictRule rule) throws Exception {
        return TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN,
                new EditionRules(EnumSet.of(Channel.ONLINE, Channel.PAPER, Channel.POST), rule, TieBreak.LOWER_COST,
                        null, Filling.SKIP_UNFITTING, false, 10, List.of("Urząd Miasta"), 7, false, false));
    }

    /** An online ballot of a new person for the first pool's project at {@code index}; its receipt. */
    private String vote(Edition edition, int index) throws Exception {
        return vote(edition, residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null), index,
                "ul. Testowa " + UUID.randomUUID());
    }

    private String vote(Edition edition, Ticket voter, int index, String address) throws Exception {
        long project = TestEditions.onBallot(editions, edition, 0).get(index).id();
        return Staff.asResident(voter, () -> ballots.cast(edition.projectId(),
                Map.of(edition.pools().get(0).id(), List.of(project)), address));
    }

    /** Keys one card in a new paper batch and closes the batch. */
    private void keyCard(Edition edition, CardEntry card) throws Exception {
        Staff.as(Staff.CLERK, () -> {
            Batch batch = paper.open(edition.projectId(), Channel.PAPER, "Urząd Miasta");
            paper.enter(batch.id(), card);
            return paper.close(batch.id());
        });
    }

    private static CardEntry card(Edition edition, String firstName, String address, int number,
            InvalidReason invalid) {
        return new CardEntry(new CardIdentity(firstName, "Papierowa", address, null), null,
                Map.of(edition.pools().get(0).id(), List.of(number)), invalid);
    }

    private EditionCount publish(Edition edition, String commission, String reason) throws Exception {
        return Staff.as(Staff.CLERK,
                () -> results.publish(edition.projectId(), "Uchwała nr I/1/2026", commission, "Wasilków", reason));
    }

    private Set<Obstacle> refusal(Edition edition, String commission, String reason) {
        return assertThrows(PublicationRefused.class, () -> publish(edition, commission, reason)).obstacles();
    }

    @Test
    void theOfficialCountWaitsForTheEndOfTheVoteAndForEveryBatchOfCards() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS);
        vote(edition, 0);
        assertEquals(Set.of(Obstacle.VOTE_NOT_ENDED), refusal(edition, "Anna Nowak", null));
        assertEquals(Set.of(Obstacle.VOTE_NOT_ENDED, Obstacle.COMMISSION_MISSING), refusal(edition, " \n ", null),
                "every obstacle is named at once");
        assertEquals(1, Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).countedBallots(),
                "staff may preview the count at any time");
        assertFalse(Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).isOfficial());

        TestEditions.endVote(projects, edition.projectId());
        Batch open = Staff.as(Staff.CLERK, () -> paper.open(edition.projectId(), Channel.POST, "Urząd Miasta"));
        assertEquals(Set.of(Obstacle.BATCHES_OPEN), refusal(edition, "Anna Nowak", null));
        assertTrue(results.published(edition.projectId()).isEmpty(), "nothing was stored");
        assertTrue(results.history(edition.projectId()).isEmpty());

        Staff.as(Staff.CLERK, () -> paper.close(open.id()));
        EditionCount published = publish(edition, "Anna Nowak", null);
        assertEquals(1, published.publication().number());
        assertNull(published.publication().reason(), "a first publication has no reason");
        assertTrue(published.isOfficial());
        assertEquals(Set.of(), Staff.as(Staff.CLERK, () -> results.obstacles(edition.projectId())));
    }

    @Test
    void aPublishedVersionNeverChangesAndItsDocumentsAreServedAsPublished() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS);
        vote(edition, 0);
        vote(edition, 1);
        vote(edition, 1);
        TestEditions.endVote(projects, edition.projectId());
        EditionCount published = publish(edition, "Anna Nowak\nJan Kowalski", null);
        keyCard(edition, card(edition, "Zofia", "ul. Późna 1", 1, null));
        assertEquals(4, Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).countedBallots(),
                "the card found later is in the preview");
        EditionCount read = results.published(edition.projectId()).orElseThrow();
        assertEquals(3, read.countedBallots(), "but not in what was published");
        assertEquals(lines(published), lines(read));
        assertEquals(published.turnout(), read.turnout());

        Publication publication = read.publication();
        WebClient anyone = new WebClient();
        byte[] pdf = anyone.getBytes(TestServer.url("/budget/protocol.pdf?project=" + edition.projectId())).body();
        assertEquals(publication.protocolPdfSha256(), Sha256.hex(pdf), "the PDF served is the one published");
        assertArrayEquals(pdf, results.document(edition.projectId(), 1, Document.PROTOCOL_PDF).orElseThrow());
        byte[] csv = anyone
                .getBytes(TestServer.url("/budget/protocol.csv?project=" + edition.projectId() + "&version=1")).body();
        assertEquals(publication.protocolCsvSha256(), Sha256.hex(csv));

        String text = pdfText(pdf);
        for (String expected : List.of("Protokół ustalenia wyników głosowania", "Podstawa: Uchwała nr I/1/2026",
                "Głosowanie: od ", "na karcie papierowej (urna)", "Punkty do głosowania (urny): Urząd Miasta",
                "Głosowało osób: 3", "Kart oddanych: 3, w tym ważnych: 3, nieważnych: 0",
                "Pula ogólnomiejska — kwota 240 000,00 zł", "95 000,00 zł", "Wybrane do realizacji: nr 2, nr 1",
                "Przyznano 183 000,00 zł, pozostało 57 000,00 zł", "o kolejności decyduje niższy koszt projektu",
                "Miejsce i data sporządzenia: Wasilków, ", "Anna Nowak", "Jan Kowalski", "(podpis)")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("NIEOFICJALNY"), text);
        assertFalse(text.contains("95000.00"), "amounts are written the Polish way");
        String preview = pdfText(Staff.as(Staff.CLERK, () -> results.previewProtocol(edition.projectId())));
        assertTrue(preview.contains("WYNIK NIEOFICJALNY — PODGLĄD, NIE DO PUBLIKACJI"), preview);
        assertEquals(404,
                anyone.getBytes(TestServer.url("/budget/protocol.pdf?project=" + edition.projectId() + "&version=2"))
                        .statusCode(),
                "no version that was not published");
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonAndEveryEarlierVersionStaysReadable() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS);
        Ticket follower = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Staff.asResident(follower, () -> {
            follows.follow(Subject.PROJECT, edition.projectId());
            return null;
        });
        vote(edition, 0);
        vote(edition, 2);
        TestEditions.endVote(projects, edition.projectId());
        EditionCount first = publish(edition, "Anna Nowak", null);
        assertEquals(List.of(3, 1), winners(first), "one vote each, the cheaper first: both fit");

        keyCard(edition, card(edition, "Zofia", "ul. Późna 1", 3, null));
        keyCard(edition, card(edition, "Jan", "ul. Późna 2", 2, null));
        assertEquals(Set.of(Obstacle.REASON_MISSING), refusal(edition, "Anna Nowak", "  "), "a correction says why");
        String reason = "Ponowne przeliczenie po skardze: dwie karty z urny w urzędzie odnalezione 3 lipca.";
        EditionCount corrected = publish(edition, "Anna Nowak\nJan Kowalski", reason);
        assertEquals(2, corrected.publication().number());
        assertEquals(reason, corrected.publication().reason());
        assertEquals(4, corrected.countedBallots());

        assertEquals(List.of(2, 1), results.history(edition.projectId()).stream().map(Publication::number).toList(),
                "every version, newest first");
        assertEquals(corrected.countedBallots(), results.published(edition.projectId()).orElseThrow().countedBallots(),
                "everyone reads the current version");
        EditionCount earlier = results.published(edition.projectId(), 1).orElseThrow();
        assertEquals(lines(first), lines(earlier), "the first version stays as it was published");
        assertEquals(2, earlier.countedBallots());
        assertTrue(results.document(edition.projectId(), 1, Document.PROTOCOL_PDF).isPresent());
        String correctedPdf = pdfText(results.document(edition.projectId(), 2, Document.PROTOCOL_PDF).orElseThrow());
        assertTrue(correctedPdf.contains("Wersja 2 (korekta). Powód korekty: " + reason), correctedPdf);

        List<Notification> heard = Staff.asResident(follower, notifications::mine).stream()
                .filter(n -> n.kind() == Kind.BUDGET_RESULT).toList();
        assertEquals(2, heard.size(), "the publication and the correction: " + heard);
        assertTrue(heard.stream().anyMatch(n -> n.subject().contains("wyniki poprawiono (wersja 2): " + reason)),
                heard.toString());

        AuditQuery corrections = new AuditQuery();
        corrections.setAction(BudgetResults.CORRECTED);
        List<AuditEntry> trail = Staff.as(Staff.ADMINISTRATOR, () -> auditLog.find(corrections, 0, 50));
        assertTrue(
                trail.stream()
                        .anyMatch(entry -> entry.subject().equals("project " + edition.projectId())
                                && entry.details().contains(reason) && entry.actor().equals(Staff.CLERK)),
                trail.toString());
    }

    @Test
    void anyoneRecountsTheDownloadedBallotsAndGetsThePublishedResult() throws Exception {
        Edition edition = edition(ConflictRule.FIRST_COUNTS);
        Random random = new Random(20);
        Set<String> receipts = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            Ticket voter = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
            Map<Long, List<Long>> choices = new HashMap<>();
            choices.put(edition.pools().get(0).id(),
                    List.of(TestEditions.onBallot(editions, edition, 0).get(random.nextInt(4)).id()));
            if (random.nextBoolean()) {
                choices.put(edition.pools().get(2).id(),
                        List.of(TestEditions.onBallot(editions, edition, 2).get(0).id()));
            }
            receipts.add(Staff.asResident(voter,
                    () -> ballots.cast(edition.projectId(), choices, "ul. Testowa " + UUID.randomUUID())));
        }
        keyCard(edition, card(edition, "Zofia", "ul. Późna 1", 1, InvalidReason.NO_SIGNATURE));
        TestEditions.endVote(projects, edition.projectId());
        EditionCount published = publish(edition, "Anna Nowak", null);

        HttpResponseBytes download = download(edition, published.publication().number());
        assertEquals(published.publication().ballotsCsvSha256(), Sha256.hex(download.bytes()));
        String csv = new String(download.bytes(), StandardCharsets.UTF_8);
        receipts.forEach(receipt -> assertFalse(csv.contains(receipt), "no receipt in the public list"));

        Map<String, Long> points = new HashMap<>();
        Map<String, Set<String>> voters = new HashMap<>();
        Set<String> valid = new HashSet<>();
        Map<String, Long> invalid = new HashMap<>();
        List<String> rows = new ArrayList<>(csv.replace("\uFEFF", "").lines().toList());
        assertEquals(List.of("karta", "ważność", "pula", "nr projektu", "punkty"), cells(rows.remove(0)));
        for (String row : rows) {
            List<String> cell = cells(row);
            if (cell.get(1).equals("ważna")) {
                String project = cell.get(2) + " / " + cell.get(3);
                if (cell.get(4).isEmpty()) {
                    valid.add(cell.get(0)); // a counted card without a choice
                    continue;
                }
                points.merge(project, Long.parseLong(cell.get(4)), Long::sum);
                voters.computeIfAbsent(project, p -> new HashSet<>()).add(cell.get(0));
                valid.add(cell.get(0));
            } else {
                invalid.merge(cell.get(1), 1L, Long::sum);
            }
        }
        assertEquals(published.countedBallots(), valid.size(), "the valid cards");
        assertEquals(Map.of("nieważna: brak podpisu", 1L), invalid, "the invalid card with its reason");
        for (PoolLines pool : published.pools()) {
            for (Line line : pool.lines()) {
                String project = pool.pool().name().pl() + " / " + line.project().number();
                assertEquals(line.score(), points.getOrDefault(project, 0L), project);
                assertEquals(line.voters(), voters.getOrDefault(project, Set.of()).size(), project);
            }
        }
    }

    @Test
    void aVoterLearnsOnlyWhetherTheirReceiptWasCountedOrWhyNot() throws Exception {
        Edition edition = edition(ConflictRule.ALL_INVALID);
        String counted = vote(edition, 0);
        VerifiedPerson twice = TestPeople.someone(LevelOfAssurance.SUBSTANTIAL);
        String invalidated = vote(edition, residents.signInNationally(twice, null), 1, "ul. Długa 5/3");
        assertEquals(ReceiptCheck.Status.NOT_PUBLISHED, results.checkReceipt(edition.projectId(), counted).status());
        keyCard(edition, new CardEntry(new CardIdentity(twice.firstName(), twice.familyName(), "Dluga 5 m. 3", null),
                null, Map.of(edition.pools().get(0).id(), List.of(2)), null));
        TestEditions.endVote(projects, edition.projectId());
        publish(edition, "Anna Nowak", null);

        assertEquals(new ReceiptCheck(ReceiptCheck.Status.COUNTED, null),
                results.checkReceipt(edition.projectId(), counted));
        assertEquals(ReceiptCheck.Status.COUNTED,
                results.checkReceipt(edition.projectId(), " " + counted.replace("-", "").toLowerCase() + " ").status(),
                "typed in lower case, without the hyphen");
        assertEquals(new ReceiptCheck(ReceiptCheck.Status.NOT_COUNTED, "ALL_INVALID"),
                results.checkReceipt(edition.projectId(), invalidated), "the person voted twice");
        assertEquals(ReceiptCheck.Status.UNKNOWN, results.checkReceipt(edition.projectId(), "ZZZZZ-ZZZZZ").status());
    }

    /** What a PDF says, whitespace collapsed (OpenPDF, which the EAR carries, reads it here in the server). */
    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(
                reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    private record HttpResponseBytes(int status, byte[] bytes) {
    }

    private HttpResponseBytes download(Edition edition, int version) throws Exception {
        var response = new WebClient()
                .getBytes(TestServer.url("/budget/ballots.csv?project=" + edition.projectId() + "&version=" + version));
        assertEquals(200, response.statusCode());
        return new HttpResponseBytes(response.statusCode(), response.body());
    }

    /** A row of Wiec's CSV: every cell quoted, separated by semicolons (the test's names hold neither). */
    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return List.of(inner.split("\";\"", -1));
    }

    private static List<String> lines(EditionCount count) {
        return count.pools().stream().flatMap(pool -> pool.lines().stream()).map(line -> line.project().number() + ": "
                + line.score() + "/" + line.voters() + " " + line.rank() + " " + line.outcome()).toList();
    }

    private static List<Integer> winners(EditionCount count) {
        return count.pools().get(0).lines().stream().filter(Line::won).map(line -> line.project().number()).toList();
    }
}
