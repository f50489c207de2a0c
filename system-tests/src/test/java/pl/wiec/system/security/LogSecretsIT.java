package pl.wiec.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.HtmlForm;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * A known secret sent through every kind of form with values the forms refuse (registration, residents' and staff
 * sign-in, password reset, the profile, the ballot's address, a budget project's submission) reaches no log file of the
 * server: not the secret, not the e-mail addresses typed, not the test people's PESELs, and no "Argument values" line
 * (what the container's own method validation logged before). Runs inside the server, to read its log folder, and
 * drives the forms over HTTP as a browser would.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class LogSecretsIT {

    /** The simulator's test people's PESELs (demo-services TestPerson). */
    private static final List<String> PESELS = List.of("87022212345", "44051401359", "02270803624", "09312112348",
            "02070803628", "75100503719", "90031501429", "68120104822", "95063005738");
    private static final String TOO_LONG = "x".repeat(101);

    private final String secret = "Sekret-" + UUID.randomUUID().toString().replace("-", "");
    private final String address = "ukryty." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    private final List<String> typed = new ArrayList<>(List.of(secret, address));

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(LogSecretsIT.class, HtmlForm.class);
    }

    @Test
    void noSecretTypedIntoAFormThatRefusesItReachesAnyLogFile() throws Exception {
        WebClient anyone = new WebClient();
        register(anyone, Map.of("familyName", TOO_LONG, "email", address));
        String badAddress = "a..b." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        typed.add(badAddress);
        register(anyone, Map.of("familyName", "Nowak", "email", badAddress));

        HttpResponse<String> signIn = form(anyone, "/signin.xhtml", "signin").set("email", address)
                .set("password", secret).press(anyone, "submit");
        assertTrue(signIn.body().contains("Nieprawidłowy adres e-mail lub hasło"), signIn.body());
        HttpResponse<String> staff = form(anyone, "/backoffice/login.xhtml", "signin").set("username", "mwisniewska")
                .set("password", secret).press(anyone, "submit");
        assertTrue(staff.body().contains("Nieprawidłowa nazwa użytkownika lub hasło"), staff.body());
        HttpResponse<String> reset = form(anyone, "/password-reset.xhtml", "reset").set("email", address).press(anyone,
                "submit");
        assertEquals(200, reset.statusCode());
        HttpResponse<String> newPassword = anyone.get(TestServer.url("/new-password.xhtml?token=" + secret));
        assertTrue(newPassword.statusCode() < 500);

        WebClient helena = WebClient.resident("helena");
        HttpResponse<String> profile = form(helena, "/account/profile.xhtml", "profile").set("birthYear", secret)
                .press(helena, "save");
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains("aria-invalid=\"true\""), "the year is refused beside its field");
        HttpResponse<String> ballotPage = helena.get(TestServer.url("/budget/ballot.xhtml?project=5"));
        assertEquals("no-store", ballotPage.headers().firstValue("Cache-Control").orElse(""),
                "the ballot and its receipt stay in no cache");
        if (ballotPage.body().contains("id=\"address\"")) {
            HttpResponse<String> ballot = HtmlForm.of(ballotPage.body(), "ballot")
                    .set("address", "ul. Rybacka 3 " + secret + " " + "m".repeat(300)).press(helena, "cast");
            assertEquals(200, ballot.statusCode());
            assertFalse(ballot.body().contains("receipt-code"), "no ballot with that address");
        }
        HttpResponse<String> submission = form(helena, "/budget/submit.xhtml?project=6", "submission")
                .set("title", "Ławki " + secret).set("summary", secret + " " + "opis ".repeat(1_700))
                .press(helena, "saveDraft");
        assertEquals(200, submission.statusCode(), "refused beside its field, not on the error page");
        assertTrue(submission.body().contains(secret), "what was typed is still in the form");

        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("jboss.server.log.dir")))) {
            for (Path file : files.toList()) {
                String log = read(file);
                Stream.concat(Stream.concat(typed.stream(), PESELS.stream()), Stream.of("Argument values"))
                        .filter(log::contains).forEach(leak -> found.add(file.getFileName() + ": " + leak));
            }
        }
        assertEquals(List.of(), found, "nothing typed, no PESEL and no argument values in the logs");
    }

    private void register(WebClient client, Map<String, String> fields) throws Exception {
        HtmlForm form = form(client, "/register.xhtml", "register").set("firstName", "Ala").set("password", secret)
                .set("passwordAgain", secret).set("privacyAcknowledged", "on");
        fields.forEach(form::set);
        HttpResponse<String> refused = form.press(client, "submit");
        assertEquals(200, refused.statusCode(), "refused beside its field, not on the error page");
        assertTrue(refused.body().contains("field__error"), refused.body());
    }

    private static HtmlForm form(WebClient client, String path, String id) throws Exception {
        HttpResponse<String> page = client.get(TestServer.url(path));
        assertEquals(200, page.statusCode(), path);
        return HtmlForm.of(page.body(), id);
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
