package pl.wiec.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Pdfs;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Every back-office page against every kind of caller, over real HTTP with real sessions: who gets the page, who gets
 * 403, who is asked to sign in. (The boundaries check the same roles again; their tests say so per method.)
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String ADMIN_ONLY = "A";
    private static final String PROJECT_STAFF = "AC";
    /** The input of project 1, whose project moderator (P) is tlewandowski; the platform's moderator (M) is not. */
    private static final String PROJECT_1_INPUT = "ACP";
    private static final String MODERATION = "AMP";
    private static final String ANY_STAFF = "ACMP";

    /** Page → which of Administrator, Clerk, Moderator, Project moderator (of project 1) may open it. */
    private static final Map<String, String> PAGES = Map.ofEntries(Map.entry("/backoffice/index.xhtml", ANY_STAFF),
            Map.entry("/backoffice/municipality.xhtml", ADMIN_ONLY), Map.entry("/backoffice/audit.xhtml", ADMIN_ONLY),
            Map.entry("/backoffice/projects.xhtml", PROJECT_STAFF),
            Map.entry("/backoffice/project.xhtml?id=1", PROJECT_STAFF),
            Map.entry("/backoffice/input.xhtml?project=1", PROJECT_1_INPUT),
            Map.entry("/backoffice/idea.xhtml?id=1", PROJECT_1_INPUT),
            Map.entry("/backoffice/input.csv?project=1", PROJECT_1_INPUT),
            Map.entry("/backoffice/input.xlsx?project=1", PROJECT_1_INPUT),
            Map.entry("/backoffice/idea-entry.xhtml?phase=2", PROJECT_1_INPUT),
            Map.entry("/backoffice/poll-form.pdf?phase=2", PROJECT_STAFF),
            Map.entry("/backoffice/input.xhtml?project=4", PROJECT_STAFF),
            Map.entry("/backoffice/idea.xhtml?id=5", PROJECT_STAFF),
            Map.entry("/backoffice/input.csv?project=4", PROJECT_STAFF),
            Map.entry("/backoffice/moderation.xhtml", MODERATION), Map.entry("/backoffice/taxonomy.xhtml", ADMIN_ONLY),
            Map.entry("/backoffice/statuses.xhtml", ADMIN_ONLY),
            Map.entry("/backoffice/budget.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-projects.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-paper.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-results.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-matches.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-preview.pdf?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-card.pdf?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/budget-voters.pdf?project=5&place=0", PROJECT_STAFF),
            Map.entry("/backoffice/budget-files.xhtml?project=5&id=1", PROJECT_STAFF),
            Map.entry("/backoffice/budget-implementation.xhtml?project=5", PROJECT_STAFF),
            Map.entry("/backoffice/poll.xhtml?phase=16", PROJECT_STAFF),
            Map.entry("/backoffice/poll.csv?phase=16", PROJECT_STAFF),
            Map.entry("/backoffice/poll-template.csv?phase=16", PROJECT_STAFF),
            Map.entry("/backoffice/poll-template.xlsx?phase=16", PROJECT_STAFF),
            Map.entry("/backoffice/poll-entry.xhtml?phase=16", PROJECT_STAFF),
            Map.entry("/backoffice/ambassadors.xhtml?project=7", PROJECT_STAFF),
            Map.entry("/backoffice/poll.xhtml?phase=17", PROJECT_STAFF),
            Map.entry("/backoffice/survey-results.xhtml?phase=17", PROJECT_STAFF),
            Map.entry("/backoffice/survey.csv?phase=17", PROJECT_STAFF),
            Map.entry("/backoffice/survey.xlsx?phase=17", PROJECT_STAFF),
            Map.entry("/backoffice/events.xhtml", PROJECT_STAFF),
            Map.entry("/backoffice/event.xhtml?id=1", PROJECT_STAFF));

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @Test
    void eachStaffRoleOpensItsPagesAndIsRefusedTheOthers() throws Exception {
        for (var caller : List.of(Map.entry(Staff.ADMINISTRATOR, "A"), Map.entry(Staff.CLERK, "C"),
                Map.entry(Staff.MODERATOR, "M"), Map.entry(Staff.PROJECT_MODERATOR, "P"))) {
            WebClient browser = WebClient.staff(caller.getKey());
            for (var page : PAGES.entrySet()) {
                int expected = page.getValue().contains(caller.getValue()) ? 200 : 403;
                assertEquals(expected, browser.get(TestServer.url(page.getKey())).statusCode(),
                        caller.getKey() + " on " + page.getKey());
            }
        }
    }

    @Test
    void anonymousCallersAreAskedToSignInAndResidentsAreRefused() throws Exception {
        WebClient anonymous = new WebClient();
        WebClient resident = WebClient.resident("helena");
        for (String page : PAGES.keySet()) {
            HttpResponse<String> asAnonymous = anonymous.get(TestServer.url(page));
            assertTrue(asAnonymous.body().contains("id=\"username\""), "the staff sign-in page for " + page);
            assertEquals(403, resident.get(TestServer.url(page)).statusCode(), "a resident on " + page);
        }
        HttpResponse<String> profile = anonymous.get(TestServer.url("/account/profile.xhtml"));
        assertEquals(302, profile.statusCode());
        assertTrue(WebClient.location(profile).startsWith("/signin.xhtml"));
        assertEquals(200, resident.get(TestServer.url("/account/profile.xhtml")).statusCode());
        assertEquals(302, anonymous.get(TestServer.url("/account/my-data.zip")).statusCode());
        HttpResponse<byte[]> download = resident.getBytes(TestServer.url("/account/my-data.zip"));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            String json = "";
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("wiec-moje-dane.json")) {
                    json = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertTrue(json.contains("\"firstName\": \"Helena\"") && json.contains("\"budgetVotes\""), json);
        }
        HttpResponse<String> page = resident.get(TestServer.url("/account/my-data.xhtml"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Helena"), "her own name on her data page");
        assertEquals(200, resident.get(TestServer.url("/account/ambassador.xhtml")).statusCode());
        assertEquals(403, resident.get(TestServer.url("/account/poll-entry.xhtml?phase=16")).statusCode(),
                "a resident who is not the project's ambassador");
    }

    @Test
    void staffPrintThePaperFormAndPostersWithTheLinkOnline() throws Exception {
        WebClient clerk = WebClient.staff(Staff.CLERK);
        String form = Pdfs.text(clerk.getBytes(TestServer.url("/backoffice/poll-form.pdf?phase=16")).body());
        assertTrue(form.contains("Czy Rynek powinien być wolny od samochodów w weekendy? * Zaznacz jedną odpowiedź."),
                form);
        assertTrue(form.contains("1 Tak 2 Nie 3 Nie mam zdania"), "options numbered as keyed: " + form);
        assertTrue(form.contains("/project.xhtml?id=7"), form);
        String large = Pdfs
                .text(clerk.getBytes(TestServer.url("/backoffice/poll-form.pdf?phase=16&large=true")).body());
        assertTrue(large.contains("Zaznacz najwyżej 2 odpowiedzi."), large);
        String survey = Pdfs.text(clerk.getBytes(TestServer.url("/backoffice/poll-form.pdf?phase=17")).body());
        assertTrue(survey.contains("1 Co tydzień 2 Kilka razy w roku 3 Nie bywam → przejdź do pytania 9"), survey);
        assertTrue(survey.contains("Wpisz w kratki miejsca: 1 przy najważniejszej odpowiedzi"), survey);
        assertTrue(survey.contains("Opisz miejsce tak, by dało się je znaleźć na mapie"), survey);
        assertTrue(survey.contains("Chodzi o miejsce, które dziś przeszkadza"),
                "the question's explanation: " + survey);
        assertTrue(survey.contains("Ile masz lat? Wpisz liczbę."), survey);
        assertTrue(survey.contains("Masz zdjęcie albo szkic tego miejsca? Dołącz plik Plik (zdjęcie, skan, dokument)"
                + " można dołączyć tylko w ankiecie na stronie"), "a file is attached online only: " + survey);
        // the paper form of an ideation phase asks for the idea, not for personal data
        String ideaForm = Pdfs.text(clerk.getBytes(TestServer.url("/backoffice/poll-form.pdf?phase=2")).body());
        assertTrue(ideaForm.contains("Tytuł pomysłu *"), ideaForm);
        assertTrue(ideaForm.contains("Co proponujesz i dlaczego? *"), ideaForm);
        assertTrue(ideaForm.contains("Nie podpisuj formularza"), ideaForm);
        assertTrue(ideaForm.contains("/project.xhtml?id=1"), ideaForm);
        String poster = Pdfs.text(clerk.getBytes(TestServer.url("/backoffice/poster.pdf?event=1&size=A3")).body());
        assertTrue(poster.contains("Spacer badawczy po Rynku"), poster);
        assertTrue(poster.contains("/event.xhtml?id=1"), poster);
        assertEquals(404, clerk.get(TestServer.url("/backoffice/poster.pdf?project=999999")).statusCode());
    }
}
