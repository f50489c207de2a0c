package pl.wiec.system.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.ideas.boundary.IdeaChangedMeanwhile;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.staff.boundary.NotStaff;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/** The staff's input manager: filtering, many statuses at once, answers that never overwrite, the CSV export. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class InputManagerIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(InputManagerIT.class);
    }

    @Inject
    InputManager manager;

    @Inject
    Ideas ideas;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Test
    void staffFilterSearchAndChangeManyStatusesAtOnceAndEveryChangeIsAudited() throws Exception {
        long project = projectWithIdeas("Ławki przy szkole", "Rowery miejskie", "=HYPERLINK(\"evil\")");
        InputQuery query = new InputQuery(project);
        assertEquals(3L, Staff.as(Staff.CLERK, () -> manager.count(query)));
        query.setSearch("ROWER");
        List<Idea> found = Staff.as(Staff.CLERK, () -> manager.page(query, 0, 25));
        assertEquals(List.of("Rowery miejskie"), found.stream().map(Idea::title).toList());

        query.setSearch(null);
        List<Long> all = Staff.as(Staff.CLERK, () -> manager.page(query, 0, 25)).stream().map(Idea::id).toList();
        assertEquals(3, (int) Staff.as(Staff.CLERK, () -> manager.changeStatus(all, "review")));
        query.setStatus("review");
        assertEquals(3L, Staff.as(Staff.CLERK, () -> manager.count(query)));
        query.setStatus("submitted");
        assertEquals(0L, Staff.as(Staff.CLERK, () -> manager.count(query)));
    }

    @Test
    void anAnswerBasedOnAnOlderVersionIsRefusedInsteadOfOverwriting() throws Exception {
        long project = projectWithIdeas("Zieleń");
        Idea idea = Staff.as(Staff.CLERK, () -> manager.page(new InputQuery(project), 0, 1)).get(0);
        Staff.as(Staff.ADMINISTRATOR, () -> manager.answer(idea.id(), idea.version(), "Odpowiedź administratora"));
        assertThrows(IdeaChangedMeanwhile.class,
                () -> Staff.as(Staff.CLERK, () -> manager.answer(idea.id(), idea.version(), "Odpowiedź urzędnika")));
        assertEquals("Odpowiedź administratora", ideas.find(idea.id()).orElseThrow().feedback(),
                "residents read the answer that was saved first");
    }

    @Test
    void aDuplicateMergedIntoAnotherIdeaHandsOverItsLikesAndFollowersAndLeavesTheList() throws Exception {
        long project = projectWithIdeas("Ławki nad rzeką");
        long original = ideas.of(project, 0).get(0).id();
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long duplicate = Staff.asResident(author,
                () -> ideas.submit(project, new IdeaDraft("Więcej ławek przy rzece", "To samo", null, null, null)))
                .id();
        Ticket both = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Ticket one = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Staff.asResident(both, () -> {
            reactions.like(original);
            reactions.like(duplicate);
            follows.follow(Subject.IDEA, duplicate);
            return null;
        });
        Staff.asResident(one, () -> {
            reactions.like(duplicate);
            return null;
        });
        long version = ideas.find(duplicate).orElseThrow().version();
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.MODERATOR, () -> manager.merge(duplicate, version, original)));

        Staff.as(Staff.CLERK, () -> manager.merge(duplicate, version, original));
        assertEquals(2, ideas.find(original).orElseThrow().likes(), "each resident's like counted once");
        assertEquals(0, ideas.find(duplicate).orElseThrow().likes());
        assertEquals(List.of(original), ideas.of(project, 0).stream().map(Idea::id).toList(), "the duplicate left");
        assertEquals("merged", ideas.find(duplicate).orElseThrow().status());
        assertEquals(original, ideas.find(duplicate).orElseThrow().mergedInto());
        assertTrue(Staff.asResident(both, () -> follows.following(Subject.IDEA, original)), "followers moved");
        assertTrue(Staff.asResident(author, () -> follows.following(Subject.IDEA, original)),
                "the duplicate's author hears what becomes of it");
        assertTrue(Staff.asResident(author, notifications::mine).get(0).subject()
                .contains("połączony z pomysłem „Ławki nad rzeką”"));
        long merged = ideas.find(duplicate).orElseThrow().version();
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> manager.merge(duplicate, merged, original)), "merged once");
        long elsewhere = ideas.of(projectWithIdeas("Inny projekt"), 0).get(0).id();
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.as(Staff.CLERK, () -> manager.merge(elsewhere, 1, original)), "only within a project");
        assertTrue(Staff.as(Staff.ADMINISTRATOR, () -> auditLog.find(new pl.wiec.audit.entity.AuditQuery(), 0, 50))
                .stream().anyMatch(entry -> entry.action().equals(InputManager.MERGED)
                        && entry.subject().equals("idea " + duplicate)));
    }

    @Inject
    pl.wiec.discussion.boundary.Reactions reactions;

    @Inject
    pl.wiec.notifications.boundary.Follows follows;

    @Inject
    pl.wiec.notifications.boundary.Notifications notifications;

    @Inject
    pl.wiec.audit.boundary.AuditLog auditLog;

    @Test
    void aProjectModeratorManagesTheInputOfTheirProjectsAndNoOther() throws Exception {
        long theirs = projectWithIdeas("Ich projekt");
        long other = projectWithIdeas("Cudzy projekt");
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.PROJECT_MODERATOR, () -> manager.count(new InputQuery(theirs))), "not theirs yet");
        Staff.as(Staff.CLERK, () -> projects.assignModerators(theirs, projects.find(theirs).orElseThrow().version(),
                java.util.Set.of(" TLewandowski ", "")));
        assertEquals(java.util.Set.of(Staff.PROJECT_MODERATOR), projects.find(theirs).orElseThrow().moderators());
        Idea idea = Staff.as(Staff.PROJECT_MODERATOR, () -> manager.page(new InputQuery(theirs), 0, 10)).get(0);
        Staff.as(Staff.PROJECT_MODERATOR, () -> manager.answer(idea.id(), idea.version(), "Odpowiedź moderatora"));
        assertEquals("Odpowiedź moderatora", ideas.find(idea.id()).orElseThrow().feedback());

        long elsewhere = ideas.of(other, 0).get(0).id();
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.PROJECT_MODERATOR, () -> manager.count(new InputQuery(other))));
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.PROJECT_MODERATOR, () -> manager.changeStatus(List.of(elsewhere), "review")));
        assertEquals("submitted", ideas.find(elsewhere).orElseThrow().status(), "nothing changed");
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.PROJECT_MODERATOR,
                        () -> projects.assignModerators(other, 0, java.util.Set.of(Staff.PROJECT_MODERATOR))),
                "clerks name project moderators, not moderators themselves");
        assertThrows(NotStaff.class, () -> Staff.as(Staff.CLERK, () -> projects.assignModerators(other,
                projects.find(other).orElseThrow().version(), java.util.Set.of("ktoś; drop table"))));
        NotStaff refused = assertThrows(NotStaff.class, () -> Staff.as(Staff.CLERK,
                () -> projects.assignModerators(other, projects.find(other).orElseThrow().version(),
                        java.util.Set.of("nieistniejacy", Staff.NO_WIEC_ROLE, Staff.CLERK, Staff.PROJECT_MODERATOR))),
                "logins the directory does not know, or of people who are no moderators, are refused");
        assertEquals(List.of("nieistniejacy"), refused.unknown());
        assertEquals(java.util.Set.of(Staff.NO_WIEC_ROLE, Staff.CLERK), java.util.Set.copyOf(refused.withoutRole()));
        assertTrue(projects.find(other).orElseThrow().moderators().isEmpty(), "nothing was saved");

        Idea assigned = Staff.as(Staff.CLERK,
                () -> manager.assign(idea.id(), ideas.find(idea.id()).orElseThrow().version(), " MWisniewska "));
        assertEquals("mwisniewska", assigned.assignee(), "the directory's spelling");
        assertThrows(NotStaff.class,
                () -> Staff.as(Staff.CLERK, () -> manager.assign(idea.id(), assigned.version(), Staff.NO_WIEC_ROLE)),
                "no Wiec role");
    }

    @Test
    void onlyAdministratorsAndClerksManageInput() throws Exception {
        long project = projectWithIdeas("Tylko dla urzędu");
        assertThrows(EJBAccessException.class, () -> manager.count(new InputQuery(project)));
        assertThrows(EJBAccessException.class,
                () -> Staff.as(Staff.MODERATOR, () -> manager.count(new InputQuery(project))));
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(resident, () -> manager.count(new InputQuery(project))));
    }

    @Test
    void theCsvAndXlsxExportsHoldEveryIdeaAndNeverRunFormulas() throws Exception {
        long project = projectWithIdeas("Pierwszy; z \"cudzysłowem\"", "=HYPERLINK(\"http://evil\")");
        WebClient clerk = new WebClient();
        HttpResponse<String> login = clerk.get(TestServer.url("/backoffice/input.csv?project=" + project));
        Map<String, String> form = new HashMap<>();
        form.put("signin", "signin");
        form.put("username", Staff.CLERK);
        form.put("password", Staff.PASSWORD);
        form.put("submit", "Zaloguj");
        form.put("jakarta.faces.ViewState", WebClient.hidden(login.body(), "jakarta.faces.ViewState"));
        String action = login.body().replaceFirst("(?s).*<form id=\"signin\"[^>]*action=\"([^\"]*)\".*", "$1");
        clerk.post(TestServer.url(action), form);
        HttpResponse<String> csv = clerk.get(TestServer.url("/backoffice/input.csv?project=" + project));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[0].startsWith("\uFEFF\"id\";"));
        assertTrue(lines[1].contains(";\"Pierwszy; z \"\"cudzysłowem\"\"\";"), lines[1]);
        assertTrue(lines[2].contains(";\"'=HYPERLINK(\"\"http://evil\"\")\";"), lines[2]);

        HttpResponse<byte[]> xlsx = clerk.getBytes(TestServer.url("/backoffice/input.xlsx?project=" + project));
        assertEquals(200, xlsx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        Map<String, String> parts = new HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        org.w3c.dom.Document sheet = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(
                        parts.get("xl/worksheets/sheet1.xml").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        org.w3c.dom.NodeList rows = sheet.getElementsByTagName("row");
        assertEquals(3, rows.getLength(), "a header and two ideas");
        assertEquals("tytuł", ((org.w3c.dom.Element) rows.item(0)).getElementsByTagName("t").item(4).getTextContent());
        org.w3c.dom.NodeList cells = ((org.w3c.dom.Element) rows.item(2)).getElementsByTagName("t");
        assertTrue(
                java.util.stream.IntStream.range(0, cells.getLength())
                        .anyMatch(i -> "=HYPERLINK(\"http://evil\")".equals(cells.item(i).getTextContent())),
                "the formula is kept as text");
        assertTrue(lines[1].contains(";\"internet\";"), "the channel of an idea submitted online: " + lines[1]);
        assertEquals(0, sheet.getElementsByTagName("f").getLength(), "text cells only, never a formula");

        HttpResponse<String> anonymous = new WebClient()
                .get(TestServer.url("/backoffice/input.csv?project=" + project));
        assertTrue(!anonymous.body().contains("Pierwszy"), "anonymous people get the sign-in page, not the data");
    }

    private long projectWithIdeas(String... titles) throws Exception {
        long project = TestProjects.running(projects, "Wejście", "ideation");
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        for (String title : titles) {
            Staff.asResident(author,
                    () -> ideas.submit(project, new IdeaDraft(title, "Opis: " + title, null, null, null)));
            Thread.sleep(5);
        }
        return project;
    }
}
