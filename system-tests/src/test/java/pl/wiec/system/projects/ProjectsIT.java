package pl.wiec.system.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
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
import pl.wiec.projects.boundary.ProjectChangedMeanwhile;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PastChange;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectFilter;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.TimelineNeedsConfirmation;
import pl.wiec.projects.entity.TimelineRejected;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.residents.entity.VerifiedPerson;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestProjects;

/** Projects through the boundary: who may see and change what, timelines that never overlap, the audit trail. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ProjectsIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ProjectsIT.class);
    }

    @Inject
    Projects projects;

    @Inject
    AuditLog auditLog;

    @Inject
    Residents residents;

    private static ProjectTexts texts(String title) {
        return new ProjectTexts(new LocalizedText(title, null), LocalizedText.polish("Streszczenie"),
                LocalizedText.polish("<p>Opis<script>alert(1)</script></p>"));
    }

    @Test
    void aClerkCreatesPlansAndPublishesAndEveryStepIsAudited() throws Exception {
        String title = "Park " + UUID.randomUUID();
        Project created = Staff.as(Staff.CLERK, () -> projects.create(texts(title)));
        assertEquals(Visibility.DRAFT, created.visibility());
        assertEquals("<p>Opis</p>", created.description().pl(), "sanitised when saved");
        assertTrue(projects.find(created.id()).isEmpty(), "a draft is invisible to anonymous callers");

        LocalDate today = projects.today();
        Project planned = Staff.as(Staff.CLERK, () -> projects.plan(created.id(), created.version(), List
                .of(new PhasePlan(null, LocalizedText.polish("Informacja"), today, today.plusDays(7), "information"))));
        Project published = Staff.as(Staff.CLERK,
                () -> projects.show(planned.id(), planned.version(), Visibility.PUBLISHED));
        Project seen = projects.find(published.id()).orElseThrow();
        assertEquals("Informacja", seen.phaseOn(today).orElseThrow().title().pl());
        assertTrue(projects.published().stream().anyMatch(project -> project.id().equals(created.id())));

        AuditQuery byClerk = new AuditQuery();
        byClerk.setActor(Staff.CLERK);
        List<AuditEntry> trail = Staff.as(Staff.ADMINISTRATOR, () -> auditLog.find(byClerk, 0, 3));
        assertEquals(List.of(Projects.SHOWN, Projects.PLANNED, Projects.CREATED),
                trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.get(0).subject().equals("project " + created.id()));
    }

    @Test
    void residentsFindProjectsByAreaTopicStageAndWords() throws Exception {
        String marker = "Tramwaj" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = projects.today();
        long id = Staff.as(Staff.CLERK, () -> {
            Project created = projects.create(texts(marker + " nad jeziorem"));
            created = projects.plan(created.id(), created.version(), List.of(new PhasePlan(null,
                    LocalizedText.polish("Informacja"), today.minusDays(1), today.plusDays(1), "information")));
            created = projects.tag(created.id(), created.version(), java.util.Set.of(3L), java.util.Set.of(4L));
            return projects.show(created.id(), created.version(), Visibility.PUBLISHED).id();
        });
        java.util.function.Function<ProjectFilter, List<Long>> found = filter -> projects.published(filter).stream()
                .map(Project::id).toList();
        assertTrue(
                found.apply(new ProjectFilter(3L, 4L, ProjectFilter.Stage.RUNNING, marker.toLowerCase())).contains(id));
        assertFalse(found.apply(new ProjectFilter(2L, null, null, null)).contains(id), "another area");
        assertFalse(found.apply(new ProjectFilter(null, 4L, ProjectFilter.Stage.FINISHED, null)).contains(id));
        assertFalse(found.apply(new ProjectFilter(null, null, ProjectFilter.Stage.UPCOMING, null)).contains(id));
        assertEquals(List.of(id), found.apply(new ProjectFilter(null, null, null, marker)));
        assertThrows(EJBException.class, () -> Staff.as(Staff.CLERK, () -> {
            Project current = projects.find(id).orElseThrow();
            return projects.tag(id, current.version(), java.util.Set.of(987654L), java.util.Set.of());
        }), "only the municipality's areas");
    }

    @Test
    void overlappingPhasesAreRefusedAndNothingIsSaved() throws Exception {
        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("Nakładka " + UUID.randomUUID())));
        LocalDate day = LocalDate.of(2027, 3, 1);
        TimelineRejected rejected = assertThrows(TimelineRejected.class,
                () -> Staff.as(Staff.CLERK, () -> projects.plan(project.id(), project.version(),
                        List.of(new PhasePlan(null, LocalizedText.polish("A"), day, day.plusDays(5), "information"),
                                new PhasePlan(null, LocalizedText.polish("B"), day.plusDays(5), day.plusDays(9),
                                        "information")))));
        assertEquals("B", rejected.second().title().pl());
        assertTrue(Staff.as(Staff.CLERK, () -> projects.find(project.id()).orElseThrow().phases().isEmpty()));
    }

    @Test
    void changingWhatHasAlreadyHappenedNeedsAConfirmationNamingTheConsequence() throws Exception {
        long id = TestProjects.create(projects, "Skrócenie", Visibility.PUBLISHED,
                today -> List.of(
                        new PhasePlan(null, LocalizedText.polish("Za nami"), today.minusDays(20), today.minusDays(10),
                                "information"),
                        TestProjects.phase(today, "ideation"), new PhasePlan(null, LocalizedText.polish("Przed nami"),
                                today.plusDays(10), today.plusDays(20), "information")));
        Project planned = Staff.as(Staff.CLERK, () -> projects.find(id).orElseThrow());
        LocalDate today = projects.today();
        List<PhasePlan> plans = planned.phases().stream().map(Phase::plan).toList();
        PhasePlan past = plans.get(0);
        PhasePlan running = plans.get(1);
        List<PhasePlan> shortened = List.of(
                new PhasePlan(past.id(), past.title(), past.startsOn().minusDays(1), past.endsOn(), past.method()),
                new PhasePlan(running.id(), running.title(), running.startsOn(), today.minusDays(1), running.method()));
        TimelineNeedsConfirmation asked = assertThrows(TimelineNeedsConfirmation.class,
                () -> Staff.as(Staff.CLERK, () -> projects.plan(id, planned.version(), shortened)));
        assertEquals(List.of(PastChange.Change.PAST_MOVED, PastChange.Change.ENDS_BEFORE_TODAY),
                asked.changes().stream().map(PastChange::change).toList());
        assertEquals(3, Staff.as(Staff.CLERK, () -> projects.find(id).orElseThrow()).phases().size(),
                "nothing was saved");

        List<PhasePlan> futureOnly = List.of(plans.get(0), plans.get(1), new PhasePlan(plans.get(2).id(),
                plans.get(2).title(), today.plusDays(11), today.plusDays(30), "information"));
        Project moved = Staff.as(Staff.CLERK, () -> projects.plan(id, planned.version(), futureOnly));
        assertEquals(today.plusDays(11), moved.phases().get(2).startsOn(), "the future is planned without asking");

        Project confirmed = Staff.as(Staff.CLERK, () -> projects.plan(id, moved.version(), shortened, true));
        assertEquals(today.minusDays(1), confirmed.phases().get(1).endsOn());
        AuditQuery planning = new AuditQuery();
        planning.setAction(Projects.PLANNED);
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> auditLog.find(planning, 0, 1)).get(0).details()
                .contains("confirmed ENDS_BEFORE_TODAY: Etap"), "the audit log names what was confirmed");
    }

    @Test
    void aStaleFormIsRefusedInsteadOfOverwritingAnotherClerksWork() throws Exception {
        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("Wersje " + UUID.randomUUID())));
        Staff.as(Staff.ADMINISTRATOR, () -> projects.describe(project.id(), project.version(), texts("Nowszy tytuł")));
        assertThrows(ProjectChangedMeanwhile.class, () -> Staff.as(Staff.CLERK,
                () -> projects.describe(project.id(), project.version(), texts("Starszy tytuł"))));
        assertEquals("Nowszy tytuł",
                Staff.as(Staff.CLERK, () -> projects.find(project.id()).orElseThrow()).title().pl());
    }

    @Test
    void onlyAdministratorsAndClerksChangeProjects() throws Exception {
        assertThrows(EJBAccessException.class, () -> projects.create(texts("Anonim")));
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.MODERATOR, () -> projects.create(texts("M"))));
        var ticket = residents.signInNationally(new VerifiedPerson(Pesel.of("75100503719"), "Marek", "Lis",
                LocalDate.of(1975, 10, 5), LevelOfAssurance.LOW), null);
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ticket, () -> projects.create(texts("R"))));
        assertThrows(EJBAccessException.class, () -> projects.all(), "the full list is for staff");
    }

    @Test
    void aPhaseWithAnUnknownMethodIsRefused() throws Exception {
        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("Metoda " + UUID.randomUUID())));
        LocalDate day = LocalDate.of(2027, 3, 1);
        EJBException refused = assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> projects.plan(project.id(), project.version(),
                        List.of(new PhasePlan(null, LocalizedText.polish("A"), day, day, "voting-machine")))));
        assertFalse(refused.getCause() == null);
    }

    @Test
    void aCoverIsARealPictureWithADescriptionShownOnlyWithItsProject() throws Exception {
        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("Okładka " + UUID.randomUUID())));
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        assertThrows(EJBException.class,
                () -> Staff
                        .as(Staff.CLERK,
                                () -> projects.cover(project.id(), project.version(),
                                        "<svg/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "Rysunek")),
                "no SVG");
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK,
                        () -> projects.cover(project.id(), project.version(), png.toByteArray(), " ")),
                "no description");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.MODERATOR,
                () -> projects.cover(project.id(), project.version(), png.toByteArray(), "Skwer")));
        Project covered = Staff.as(Staff.CLERK,
                () -> projects.cover(project.id(), project.version(), png.toByteArray(), " Skwer przed ratuszem "));
        assertEquals("Skwer przed ratuszem", covered.coverDescription());
        assertTrue(projects.coverOf(project.id()).isEmpty(), "a draft's cover is not public");
        assertEquals("image/png",
                Staff.as(Staff.CLERK, () -> projects.coverOf(project.id())).orElseThrow().contentType());
        Project removed = Staff.as(Staff.CLERK, () -> projects.cover(project.id(), covered.version(), null, null));
        assertFalse(removed.hasCover());
        assertTrue(Staff.as(Staff.CLERK, () -> projects.coverOf(project.id())).isEmpty());
    }

    @Test
    void documentsAreRealPdfsOfficeFilesOrPicturesAndFollowTheirProjectsVisibility() throws Exception {
        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("Dokumenty " + UUID.randomUUID())));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> projects.attach(project.id(), "Strona", "strona.pdf", html)),
                "the bytes decide, not the name");
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.MODERATOR, () -> projects.attach(project.id(), "Projekt", "p.pdf", pdf)));
        var added = Staff.as(Staff.CLERK,
                () -> projects.attach(project.id(), " Projekt uchwały ", "C:\\Users\\urzad\\projekt \"v2\".pdf", pdf));
        assertEquals("Projekt uchwały", added.title());
        assertEquals("projekt _v2_.pdf", added.fileName(), "no path, no quotes");
        assertEquals("application/pdf", added.contentType());
        assertEquals("PDF", added.kind());
        assertTrue(projects.attachments(project.id()).isEmpty(), "a draft's documents are not public");
        assertTrue(projects.attachment(added.id()).isEmpty());
        assertTrue(Staff.as(Staff.PROJECT_MODERATOR, () -> projects.attachment(added.id())).isEmpty(),
                "a moderator of another project reads neither the draft nor its documents");
        assertTrue(Staff.as(Staff.PROJECT_MODERATOR, () -> projects.find(project.id())).isEmpty());
        assertEquals(1, Staff.as(Staff.MODERATOR, () -> projects.attachments(project.id())).size(),
                "the platform's moderator, who moderates every project, does");
        Project published = Staff.as(Staff.CLERK, () -> projects.show(project.id(),
                projects.find(project.id()).orElseThrow().version(), pl.wiec.projects.entity.Visibility.PUBLISHED));
        assertEquals(List.of("Projekt uchwały"),
                projects.attachments(published.id()).stream().map(a -> a.title()).toList());
        assertTrue(java.util.Arrays.equals(pdf, projects.attachment(added.id()).orElseThrow().content()));
        Staff.as(Staff.CLERK, () -> {
            projects.detach(added.id());
            return null;
        });
        assertTrue(projects.attachments(published.id()).isEmpty());
    }

    @Test
    void residentsFindTheProjectsOfAFolderTheAdministratorKeeps() throws Exception {
        String name = "Folder " + UUID.randomUUID().toString().substring(0, 8);
        List<String> before = taxonomy.folders().stream()
                .map(f -> f.namePl() + (f.nameEn() == null ? "" : " | " + f.nameEn())).toList();
        List<String> lines = new java.util.ArrayList<>(before);
        lines.add(name + " | Folder in English");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.CLERK, () -> taxonomy.replaceFolders(lines)));
        long folder = Staff.as(Staff.ADMINISTRATOR, () -> taxonomy.replaceFolders(lines)).stream()
                .filter(f -> f.namePl().equals(name)).findFirst().orElseThrow().id();
        assertEquals("Folder in English", taxonomy.folders().stream().filter(f -> f.id().equals(folder)).findFirst()
                .orElseThrow().name(java.util.Locale.ENGLISH));

        Project project = Staff.as(Staff.CLERK, () -> projects.create(texts("W folderze " + UUID.randomUUID())));
        Project filed = Staff.as(Staff.CLERK, () -> projects.file(project.id(), project.version(), folder));
        Staff.as(Staff.CLERK,
                () -> projects.show(project.id(), filed.version(), pl.wiec.projects.entity.Visibility.PUBLISHED));
        assertEquals(List.of(project.id()), projects.published(new ProjectFilter(null, null, null, null, folder))
                .stream().map(Project::id).toList());
        assertThrows(EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> projects.file(project.id(), filed.version() + 1, 999_999L)),
                "an unknown folder");

        Staff.as(Staff.ADMINISTRATOR, () -> taxonomy.replaceFolders(before));
        assertEquals(null, projects.find(project.id()).orElseThrow().folderId(), "out of the removed folder");
    }

    @jakarta.inject.Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    @Test
    void anAreaIsOutlinedWithAGeoJsonPolygonAndNothingElse() throws Exception {
        long area = taxonomy.areas().stream().filter(a -> a.namePl().equals("Borki")).findFirst().orElseThrow().id();
        String before = taxonomy.areas().stream().filter(a -> a.id().equals(area)).findFirst().orElseThrow().outline();
        String feature = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[22.99,53.828],[23.01,53.828],[23.01,53.838],[22.99,53.828]]]}}";
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.CLERK, () -> taxonomy.outline(area, feature)));
        String saved = Staff.as(Staff.ADMINISTRATOR, () -> taxonomy.outline(area, feature)).outline();
        assertTrue(saved.startsWith("{\"type\":\"Polygon\""), "a Feature is unwrapped to its geometry: " + saved);
        for (String wrong : List.of("nie json", "{\"type\":\"Point\",\"coordinates\":[22.9,53.8]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[22.9,53.8],[23.0,53.8],[23.0,53.9]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[222.9,53.8],[23.0,53.8],[23.0,53.9],[222.9,53.8]]]}")) {
            assertThrows(EJBException.class, () -> Staff.as(Staff.ADMINISTRATOR, () -> taxonomy.outline(area, wrong)),
                    wrong);
        }
        Staff.as(Staff.ADMINISTRATOR, () -> taxonomy.outline(area, before));
    }
}
