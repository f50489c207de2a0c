package pl.wiec.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.HtmlForm;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Staff sign in one way, under one name: the directory's own spelling of the login whatever the case typed, only
 * through the sign-in page, and with wrong passwords held after five.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class StaffSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    /**
     * "TLewandowski" used to sign in as the same directory person under the name typed, which no comparison with
     * "tlewandowski" matched: a project moderator then saw every project's cases and the blocked words.
     */
    @Test
    void aLoginTypedInAnotherCaseSignsInUnderTheDirectorysSpelling() throws Exception {
        WebClient moderator = WebClient.staff("TLewandowski");
        HttpResponse<String> home = moderator.get(TestServer.url("/backoffice/"));
        assertTrue(home.body().contains("Zalogowano jako tlewandowski"), home.body());
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""),
                "a signed-in person's pages stay in no cache");
        assertEquals(403, moderator.get(TestServer.url("/backoffice/input.xhtml?project=4")).statusCode(),
                "a moderator of project 1 only, as under the directory's spelling");
        assertEquals(200, moderator.get(TestServer.url("/backoffice/input.xhtml?project=1")).statusCode());
        WebClient clerk = WebClient.staff(" JKOWALSKI ");
        assertTrue(clerk.get(TestServer.url("/backoffice/")).body().contains("Zalogowano jako jkowalski"));
    }

    @Test
    void theContainersOwnSignInAddressIsClosed() throws Exception {
        WebClient someone = new WebClient();
        someone.get(TestServer.url("/backoffice/"));
        HttpResponse<String> direct = someone.post(TestServer.url("/j_security_check"),
                Map.of("j_username", Staff.ADMINISTRATOR, "j_password", Staff.PASSWORD));
        assertEquals(404, direct.statusCode());
        HttpResponse<String> after = someone.get(TestServer.url("/backoffice/municipality.xhtml"));
        assertTrue(after.body().contains("id=\"username\""), "still the sign-in page: nobody was signed in");
    }

    /** Held alike whether the login exists or not; another login from the same client is not held. */
    @Test
    void fiveWrongPasswordsHoldTheLoginsSignInForFifteenMinutes() throws Exception {
        String login = "nikt." + UUID.randomUUID().toString().substring(0, 8);
        WebClient guesser = new WebClient();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertTrue(signIn(guesser, login, "zgadywane-" + attempt).contains("Nieprawidłowa nazwa użytkownika"));
        }
        String fifth = signIn(guesser, login, "zgadywane-5");
        assertTrue(fifth.contains("Zbyt wiele nieudanych prób logowania"), fifth);
        assertTrue(signIn(guesser, login.toUpperCase(), "zgadywane-6").contains("Zbyt wiele nieudanych prób"),
                "the same login in another case is the same login");
        assertFalse(signIn(new WebClient(), "inny." + login, "zgadywane").contains("Zbyt wiele"));
    }

    private static String signIn(WebClient client, String login, String password) throws Exception {
        HttpResponse<String> page = client.get(TestServer.url("/backoffice/login.xhtml"));
        return HtmlForm.of(page.body(), "signin").set("username", login).set("password", password)
                .press(client, "submit").body();
    }
}
