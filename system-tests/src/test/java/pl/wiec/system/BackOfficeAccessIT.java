package pl.wiec.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;

/** Back-office pages refuse anonymous callers over plain HTTP; public pages and the open-data API do not. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class BackOfficeAccessIT {

    private static final String BASE_URL = TestServer.url("");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/backoffice/", "/backoffice/index.xhtml", "/backoffice/municipality.xhtml",
            "/backoffice/audit.xhtml", "/backoffice/projects.xhtml", "/backoffice/project.xhtml?id=1" })
    void anonymousCallerGetsTheSignInPageInsteadOfTheBackOffice(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"username\""), "the staff sign-in form is shown");
        assertFalse(response.body().contains("id=\"teryt\""), "no profile form");
        assertFalse(response.body().contains("id=\"entries\""), "no audit log");
    }

    @Test
    void anonymousPostToTheProfileFormChangesNothing() throws Exception {
        String before = get("/api/municipality").body();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE_URL + "/backoffice/municipality.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("profile=profile&name=Hacked&save=Zapisz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(response.body().contains("Zapisano profil gminy"));
        assertEquals(before, get("/api/municipality").body());
    }

    @Test
    void publicPagesAndTheOpenDataApiNeedNoSignIn() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"pl\""));
        HttpResponse<String> api = get("/api/municipality");
        assertEquals(200, api.statusCode());
        assertTrue(api.body().contains("\"teryt\":\"2001011\""), api.body());
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().allValues("Set-Cookie").stream().allMatch(cookie -> cookie.contains("HttpOnly")));
    }

    @Test
    void unknownPagesGetAFriendlyPageWithoutServerDetails() throws Exception {
        HttpResponse<String> response = get("/no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Nie znaleźliśmy tej strony"));
        assertFalse(response.body().contains("Caused by") || response.body().contains(".java:"), "no stack trace");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
