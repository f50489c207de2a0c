package pl.wiec.system.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
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
    void theCsvExportHoldsEveryIdeaAndDefusesFormulas() throws Exception {
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
        assertTrue(lines[0].startsWith("\uFEFFid;"));
        assertTrue(lines[1].contains(";\"Pierwszy; z \"\"cudzysłowem\"\"\";"), lines[1]);
        assertTrue(lines[2].contains(";\"'=HYPERLINK(\"\"http://evil\"\")\";"), lines[2]);

        HttpResponse<String> anonymous = new WebClient()
                .get(TestServer.url("/backoffice/input.csv?project=" + project));
        assertTrue(!anonymous.body().contains("Pierwszy"), "anonymous people get the sign-in page, not the data");
    }

    private long projectWithIdeas(String... titles) throws Exception {
        long project = Staff.as(Staff.CLERK, () -> {
            Project created = projects.create(new ProjectTexts(LocalizedText.polish("Wejście " + UUID.randomUUID()),
                    LocalizedText.polish("Zgłoszenia"), LocalizedText.polish(null)));
            LocalDate today = projects.today();
            created = projects.plan(created.id(), created.version(),
                    List.of(new PhasePlan(null, LocalizedText.polish("Pomysły"), today.minusDays(1), today.plusDays(7),
                            "ideation", Requirement.SIGNED_IN, null)));
            return projects.show(created.id(), created.version(), Visibility.PUBLISHED).id();
        });
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        for (String title : titles) {
            Staff.asResident(author,
                    () -> ideas.submit(project, new IdeaDraft(title, "Opis: " + title, null, null, null)));
            Thread.sleep(5);
        }
        return project;
    }
}
