package pl.wiec.system.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetSubmissions;
import pl.wiec.budget.boundary.SubmissionRejected;
import pl.wiec.budget.boundary.SubmissionRejected.Problem;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.CostItem;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.ProjectDraft;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * Residents' own budget projects: drafts, submission with a number and a confirmation with the PDF, edits until the
 * deadline by the author only, and the appeal against a rejection within the edition's days.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class SubmissionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(SubmissionsIT.class);
    }

    @Inject
    Projects projects;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetSubmissions submissions;

    @Inject
    Residents residents;

    @Inject
    pl.wiec.notifications.boundary.Notifications notifications;

    /** An edition whose submission runs now (or ended yesterday), one pool of 240,000 zł with a 100,000 zł cap. */
    private Edition edition(boolean running, int appealDays) throws Exception {
        long project = TestProjects.create(projects, "BO zgłaszanie", Visibility.PUBLISHED,
                today -> List.of(running ? TestProjects.phase(today, "budget-submission")
                        : new PhasePlan(null, LocalizedText.polish("Zgłaszanie"), today.minusDays(10),
                                today.minusDays(1), "budget-submission")));
        return Staff.as(Staff.CLERK,
                () -> editions.configure(project, null,
                        new EditionRules(EnumSet.of(Channel.ONLINE), ConflictRule.FIRST_COUNTS, TieBreak.LOWER_COST,
                                null, Filling.SKIP_UNFITTING, false, 10, List.of(), appealDays, false, false),
                        List.of(TestEditions.pool("Pula ogólnomiejska", 240_000, 100_000, null))));
    }

    private static ProjectDraft complete(Edition edition, String title, long... amounts) {
        List<CostItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            items.add(new CostItem("Pozycja " + (i + 1), BigDecimal.valueOf(amounts[i])));
        }
        return new ProjectDraft(edition.pools().get(0).id(), title, "Zadaszona wiata z ławkami przy placu zabaw.",
                "ul. Parkowa", "Dojście bez schodów, ławki z oparciami, miejsce na wózek.", items);
    }

    @Test
    void aDraftIsKeptIncompleteAndTheSubmissionGetsANumberAndAConfirmationWithThePdf() throws Exception {
        Edition edition = edition(true, 7);
        String email = "zglaszajacy-" + UUID.randomUUID() + "@example.org";
        Ticket author = TestPeople.emailAccount(residents, email);
        BudgetProject draft = Staff.asResident(author, () -> submissions.save(edition.projectId(), null,
                new ProjectDraft(edition.pools().get(0).id(), "Wiata w parku", null, null, null, List.of())));
        assertEquals(ProjectStatus.DRAFT, draft.status());
        assertTrue(editions.projects(edition.projectId()).isEmpty(), "nobody else sees a draft");
        SubmissionRejected incomplete = assertThrows(SubmissionRejected.class,
                () -> Staff.asResident(author, () -> submissions.submit(draft.id())));
        assertEquals(Set.of(Problem.SUMMARY_MISSING, Problem.ACCESSIBILITY_MISSING, Problem.COST_MISSING),
                incomplete.problems());

        Staff.asResident(author, () -> submissions.save(edition.projectId(), draft.id(),
                complete(edition, "Wiata w parku", 30_000, 15_000)));
        BudgetProject submitted = Staff.asResident(author, () -> submissions.submit(draft.id()));
        assertEquals(1, submitted.number());
        assertEquals(ProjectStatus.SUBMITTED, submitted.status());
        assertEquals(0, BigDecimal.valueOf(45_000).compareTo(submitted.cost()), "the cost is the items' sum");
        assertEquals(List.of("Wiata w parku"),
                editions.projects(edition.projectId()).stream().map(BudgetProject::title).toList());

        byte[] pdf = MailCatcherClient.attachment(email, "zgloszenie-projektu-1.pdf");
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII),
                "the confirmation carries the submission as a PDF (its text is read in BudgetBrowserIT)");
    }

    @Test
    void aCostOverThePoolsCapIsNotSubmitted() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Za drogi", 80_000, 40_000)));
        assertEquals(Set.of(Problem.OVER_CAP), assertThrows(SubmissionRejected.class,
                () -> Staff.asResident(author, () -> submissions.submit(draft.id()))).problems());
    }

    @Test
    void onlyTheAuthorChangesASubmittedProjectAndOnlyWhileSubmissionRuns() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Ławki", 10_000)));
        Staff.asResident(author, () -> submissions.submit(draft.id()));
        BudgetProject revised = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), draft.id(), complete(edition, "Ławki i kosze", 12_000)));
        assertEquals("Ławki i kosze", revised.title());
        assertEquals(1, revised.number(), "the number stays");
        Ticket someoneElse = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBException.class, () -> Staff.asResident(someoneElse,
                () -> submissions.save(edition.projectId(), draft.id(), complete(edition, "Przejęte", 1_000))));

        Edition closed = edition(false, 7);
        assertEquals(Refusal.PHASE_CLOSED,
                assertThrows(NotAllowed.class, () -> Staff.asResident(author,
                        () -> submissions.save(closed.projectId(), null, complete(closed, "Po terminie", 1_000))))
                                .refusal());
    }

    @Test
    void staffVerifyAgainstTheChecklistAndTheAuthorCorrectsTheProjectByTheDayGiven() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Altana", 40_000)));
        BudgetProject submitted = Staff.asResident(author, () -> submissions.submit(draft.id()));
        BudgetProject checked = Staff.as(Staff.CLERK, () -> editions.verify(submitted.id(), submitted.version(),
                new pl.wiec.budget.entity.Checklist(true, true, true, false, "Kosztorys bez montażu.")));
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> editions.admit(checked.id(), checked.version())),
                "not admitted while the cost is in doubt");
        BudgetProject sentBack = Staff.as(Staff.CLERK, () -> editions.askForCorrections(checked.id(), checked.version(),
                "Dodaj koszt montażu altany.", projects.today().plusDays(5)));
        assertEquals(ProjectStatus.CORRECTIONS, sentBack.status());

        BudgetProject corrected = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), draft.id(), complete(edition, "Altana", 40_000, 6_000)));
        assertEquals(0, BigDecimal.valueOf(46_000).compareTo(corrected.cost()));
        assertEquals(ProjectStatus.SUBMITTED, Staff.asResident(author, () -> submissions.submit(draft.id())).status(),
                "back for verification");
        BudgetProject again = editions.projects(edition.projectId()).get(0);
        BudgetProject passed = Staff.as(Staff.CLERK,
                () -> editions.verify(again.id(), again.version(), TestEditions.PASSED));
        assertEquals(ProjectStatus.ADMITTED,
                Staff.as(Staff.CLERK, () -> editions.admit(passed.id(), passed.version())).status());
        assertEquals(1, editions.projects(edition.projectId()).get(0).number(), "the number stays");
    }

    @Test
    void residentsSupportASubmittedProjectOnceEachAndStaffAddTheSignaturesOfThePaperList() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Boisko", 70_000)));
        BudgetProject submitted = Staff.asResident(author, () -> submissions.submit(draft.id()));
        assertThrows(EJBException.class, () -> Staff.asResident(author, () -> {
            submissions.support(submitted.id());
            return null;
        }), "nobody supports their own project");
        Ticket neighbour = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        for (int click = 0; click < 3; click++) {
            Staff.asResident(neighbour, () -> {
                submissions.support(submitted.id());
                return null;
            });
        }
        assertEquals(1, submissions.supporters(submitted.id()), "one support per resident, however many clicks");
        assertEquals(Set.of(submitted.id()),
                Staff.asResident(neighbour, () -> submissions.supportedByMe(edition.projectId())));
        BudgetProject counted = Staff.as(Staff.CLERK,
                () -> editions.countPaperSupporters(submitted.id(), submitted.version(), 12));
        assertEquals(12, counted.paperSupporters());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> Staff.asResident(neighbour,
                () -> editions.countPaperSupporters(submitted.id(), counted.version(), 100)));
    }

    @Test
    void theAuthorAppealsARejectionInTimeAndTheAppealBodysDecisionIsPublished() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Skatepark", 90_000)));
        BudgetProject submitted = Staff.asResident(author, () -> submissions.submit(draft.id()));
        BudgetProject rejected = Staff.as(Staff.CLERK,
                () -> editions.reject(submitted.id(), submitted.version(), "Teren jest w użytkowaniu wieczystym."));
        List<pl.wiec.notifications.entity.Notification> told = Staff.asResident(author, notifications::mine);
        assertEquals(pl.wiec.notifications.entity.Kind.BUDGET_DECISION, told.get(0).kind());
        assertTrue(
                told.get(0).subject()
                        .contains("„Skatepark”: nie został dopuszczony do głosowania — Teren jest"
                                + " w użytkowaniu wieczystym."),
                "the author hears of the rejection: " + told.get(0).subject());
        assertTrue(Staff.asResident(author, () -> submissions.appeal(rejected.id(),
                "Użytkownik wieczysty zgodził się na realizację; zgoda w załączeniu.")));
        assertThrows(EJBException.class,
                () -> Staff.asResident(author, () -> submissions.appeal(rejected.id(), "Jeszcze raz")),
                "one appeal per rejection");
        BudgetProject appealed = editions.projects(edition.projectId()).get(0);
        assertTrue(appealed.isAppealOpen());
        BudgetProject decided = Staff.as(Staff.ADMINISTRATOR, () -> editions.decideAppeal(appealed.id(),
                appealed.version(), true, "Zgoda użytkownika wieczystego usuwa przeszkodę."));
        assertEquals(ProjectStatus.ADMITTED, decided.status(), "the project goes to the vote");
        BudgetProject published = editions.projects(edition.projectId()).get(0);
        assertEquals(Boolean.TRUE, published.appealAllowed());
        assertEquals("Zgoda użytkownika wieczystego usuwa przeszkodę.", published.appealReason());

        Edition noDays = edition(true, 0);
        BudgetProject late = Staff.asResident(author,
                () -> submissions.save(noDays.projectId(), null, complete(noDays, "Spóźnione", 5_000)));
        BudgetProject lateSubmitted = Staff.asResident(author, () -> submissions.submit(late.id()));
        BudgetProject lateRejected = Staff.as(Staff.CLERK,
                () -> editions.reject(lateSubmitted.id(), lateSubmitted.version(), "Poza kompetencjami gminy."));
        Thread.sleep(5);
        assertFalse(Staff.asResident(author, () -> submissions.appeal(lateRejected.id(), "Proszę o ponowną ocenę.")),
                "no days to appeal: the time is over at once");
    }

    @Inject
    pl.wiec.budget.boundary.BudgetFiles files;

    /** The first bytes of a PDF: enough for Wiec to keep it as one. */
    private static final byte[] PDF = "%PDF-1.4\n% mapa lokalizacji\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void theAuthorAttachesDrawingsForEveryoneAndTheListOfSupportersOnlyForStaff() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Plac zabaw", 50_000)));
        var map = Staff.asResident(author, () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.DOCUMENT,
                "Mapa lokalizacji", "mapa.pdf", PDF)).orElseThrow();
        Staff.asResident(author, () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.SUPPORTERS,
                "Lista poparcia", "C:\\skany\\lista.pdf", PDF));
        assertEquals(List.of("mapa.pdf", "lista.pdf"),
                Staff.asResident(author, () -> files.files(draft.id())).stream().map(f -> f.fileName()).toList(),
                "the author sees both, under names without a path");
        assertTrue(files.files(draft.id()).isEmpty(), "nobody else sees the files of a draft");
        assertTrue(files.file(map.id()).isEmpty());

        Staff.asResident(author, () -> submissions.submit(draft.id()));
        assertEquals(List.of("Mapa lokalizacji"), files.files(draft.id()).stream().map(f -> f.title()).toList(),
                "once submitted, anyone downloads the map, never the list of supporters");
        assertEquals(List.of("Mapa lokalizacji"),
                files.documents(edition.projectId()).get(draft.id()).stream().map(f -> f.title()).toList());
        Ticket neighbour = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(1, Staff.asResident(neighbour, () -> files.files(draft.id())).size());
        assertEquals(2, Staff.as(Staff.CLERK, () -> files.files(draft.id())).size(), "staff see the list too");
        assertEquals(Map.of(draft.id(), 2L), Staff.as(Staff.CLERK, () -> files.counts(edition.projectId())));
        assertThrows(EJBException.class, () -> Staff.asResident(neighbour,
                () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.DOCUMENT, "Podrzucone", "x.pdf", PDF)),
                "only the author adds files");
    }

    @Test
    void filesWiecDoesNotKeepAreRefusedAndADecidedProjectChangesOnlyInStaffsHands() throws Exception {
        Edition edition = edition(true, 7);
        Ticket author = residents
                .signInNationally(TestPeople.someone(pl.wiec.residents.entity.LevelOfAssurance.SUBSTANTIAL), null);
        BudgetProject draft = Staff.asResident(author,
                () -> submissions.save(edition.projectId(), null, complete(edition, "Zieleń", 20_000)));
        assertThrows(EJBException.class, () -> Staff.asResident(author,
                () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.DOCUMENT, "Strona", "strona.html",
                        "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "HTML is never kept");
        for (int i = 0; i < pl.wiec.budget.entity.ProjectFile.MAX_PER_PROJECT; i++) {
            int n = i;
            assertTrue(Staff.asResident(author, () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.DOCUMENT,
                    "Rysunek " + n, "rysunek.pdf", PDF)).isPresent());
        }
        assertTrue(Staff.asResident(author, () -> files.attach(draft.id(), pl.wiec.budget.entity.FileKind.DOCUMENT,
                "Jeden za dużo", "rysunek.pdf", PDF)).isEmpty(), "ten files at most");
        long first = Staff.asResident(author, () -> files.files(draft.id())).get(0).id();

        BudgetProject submitted = Staff.asResident(author, () -> submissions.submit(draft.id()));
        Staff.as(Staff.CLERK, () -> editions.reject(submitted.id(), submitted.version(), "Teren prywatny."));
        assertEquals(Refusal.PHASE_CLOSED, assertThrows(NotAllowed.class, () -> Staff.asResident(author, () -> {
            files.detach(first);
            return null;
        })).refusal(), "a decided project no longer changes in its author's hands");
        Staff.as(Staff.CLERK, () -> {
            files.detach(first);
            return null;
        });
        assertEquals(9, files.files(draft.id()).size(), "staff may still tidy it up");
    }
}
