package pl.wiec.system.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.boundary.SignInState;
import pl.wiec.signin.saml.ServiceRequests;
import pl.wiec.signin.saml.ServiceRequests.Service;
import pl.wiec.system.support.DemoLoginGovKeys;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * A resident's browser through the whole login.gov.pl exchange with the simulator, against Wiec's real endpoints: the
 * start page with its signed AuthnRequest, the node's picker, the ACS with the artifact, the back-channel resolution,
 * the account and the session. Every fault of the node, every replay and a forged POST end on the sign-in page with a
 * message for the person, nobody signed in, and a log entry that names the reason and no personal data.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ResidentLoginGovIT {

    private static final String NODE = TestServer.url("/demo/login-gov");
    private static final String ACS = TestServer.url("/signin/login-gov/acs");
    /** The test people's PESELs and family names: none may ever appear in the server's logs. */
    private static final List<String> PERSONAL = List.of("87022212345", "44051401359", "02270803624", "09312112348",
            "75100503719", "68120104822", "Wiśniewska", "Kowalski", "Grabowska", "Nowicki", "Dąbrowska");

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ResidentLoginGovIT.class);
    }

    @Inject
    SignInState state;

    /** One sign-in in one browser, up to the moment the node sends the browser back to Wiec. */
    record Arrival(WebClient browser, String artifact, String relayState, String requestId) {

        HttpResponse<String> atAcs() throws Exception {
            return browser.post(ACS, Map.of("SAMLArt", artifact, "RelayState", relayState));
        }
    }

    @ParameterizedTest(name = "{0} signs in at level {1}")
    @CsvSource({ "zofia, login.gov.pl, poziom znaczny, Zofia Wiśniewska-Żak, 1987-02-22",
            "jan, login.gov.pl, poziom wysoki, Jan Kowalski, 1944-05-14",
            "kuba, login.gov.pl, poziom znaczny, Jakub Nowicki, 2009-11-21" })
    void aPersonSignsInAtTheLevelTheyReachedAndSeesItOnTheirProfile(String person, String verification, String level,
            String name, String dateOfBirth) throws Exception {
        Arrival arrival = arrive(new WebClient(), "", person, "NONE");
        HttpResponse<String> acs = arrival.atAcs();
        assertEquals(303, acs.statusCode());
        assertEquals("/account/profile.xhtml", WebClient.location(acs));
        String profile = arrival.browser().get(TestServer.url("/account/profile.xhtml")).body();
        assertTrue(profile.contains("<dd id=\"name\">" + name + "</dd>"), profile);
        assertTrue(profile.contains(verification + ", " + level), "the verification level is shown");
        assertTrue(profile.contains("<dd id=\"dateOfBirth\">" + dateOfBirth + "</dd>"));
    }

    @Test
    void theSessionIdChangesAtSignInAndTheResidentHasNoWayIntoTheBackOffice() throws Exception {
        WebClient browser = new WebClient();
        browser.get(TestServer.url("/"));
        String before = sessionCookie(browser.get(TestServer.url("/signin.xhtml")));
        Arrival arrival = arrive(browser, "", "helena", "CONTENT_KEY_128");
        HttpResponse<String> acs = arrival.atAcs();
        assertEquals("/account/profile.xhtml", WebClient.location(acs));
        String after = acs.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no new session cookie at sign-in"));
        assertFalse(after.equals(before), "a new session ID");
        HttpResponse<String> backOffice = browser.get(TestServer.url("/backoffice/index.xhtml"));
        assertEquals(403, backOffice.statusCode(), "a resident is no staff member");
    }

    @Test
    void aPersonIsSentBackToThePageTheyStartedFrom() throws Exception {
        Arrival arrival = arrive(new WebClient(), "?returnTo=%2Faccessibility.xhtml", "zofia", "NONE");
        assertEquals("/accessibility.xhtml", WebClient.location(arrival.atAcs()));
        Arrival abroad = arrive(new WebClient(), "?returnTo=%2F%2Fevil.example%2F", "zofia", "NONE");
        assertEquals("/account/profile.xhtml", WebClient.location(abroad.atAcs()), "never to another site");
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({ "AUTHN_FAILED_WITH_ASSERTION, NOT_AUTHENTICATED, login.gov.pl nie potwierdził Twojej tożsamości",
            "EXPIRED, OUTSIDE_VALIDITY, straciło ważność", "NOT_YET_VALID, OUTSIDE_VALIDITY, straciło ważność",
            "WRONG_AUDIENCE, WRONG_AUDIENCE, Nie mogliśmy bezpiecznie potwierdzić",
            "WRONG_RECIPIENT, WRONG_AUDIENCE, Nie mogliśmy bezpiecznie potwierdzić",
            "WRONG_IN_RESPONSE_TO, WRONG_IN_RESPONSE_TO, Nie mogliśmy bezpiecznie potwierdzić",
            "FOREIGN_SIGNING_KEY, SIGNATURE_INVALID, Nie mogliśmy bezpiecznie potwierdzić",
            "UNSIGNED_RESPONSE, SIGNATURE_INVALID, Nie mogliśmy bezpiecznie potwierdzić",
            "SIGNATURE_WRAPPING, SIGNATURE_SCOPE, Nie mogliśmy bezpiecznie potwierdzić",
            "TAMPERED_CIPHERTEXT, DECRYPTION_FAILED, Nie mogliśmy bezpiecznie potwierdzić",
            "EPHEMERAL_KEY_OFF_CURVE, MALFORMED, Nie mogliśmy bezpiecznie potwierdzić",
            "LOWER_LEVEL, LEVEL_TOO_LOW, zbyt niski poziom bezpieczeństwa",
            "MISSING_ATTRIBUTES, BAD_ATTRIBUTE, nie przekazał danych",
            "PLAINTEXT_ASSERTION, PLAINTEXT_ASSERTION, Nie mogliśmy bezpiecznie potwierdzić" })
    void everyFaultOfTheNodeEndsOnTheSignInPageWithAMessageAndALogEntryWithoutPersonalData(String fault, String reason,
            String message) throws Exception {
        long logBefore = logSize();
        Arrival arrival = arrive(new WebClient(), "", "jan", fault);
        assertRefused(arrival.browser(), arrival.atAcs(), reason, message);
        String log = logSince(logBefore);
        assertTrue(log.contains("login.gov.pl sign-in refused: " + reason), log);
        PERSONAL.forEach(data -> assertFalse(log.contains(data), "the log holds no personal data"));
    }

    @Test
    void aPersonWhoCancelsAtTheNodeIsToldSo() throws Exception {
        WebClient browser = new WebClient();
        String flow = picker(browser, "");
        HttpResponse<String> back = browser.post(NODE + "/login/choose",
                Map.of("flow", flow, "person", "zofia", "fault", "NONE", "cancel", ""));
        HttpResponse<String> acs = browser.post(ACS, Map.of("SAMLArt", WebClient.hidden(back.body(), "SAMLArt"),
                "RelayState", WebClient.hidden(back.body(), "RelayState")));
        assertRefused(browser, acs, "CANCELLED", "Logowanie przez login.gov.pl zostało anulowane");
    }

    @Test
    void theSameArtifactAndRelayStatePostedTwiceSignInOnlyOnce() throws Exception {
        Arrival arrival = arrive(new WebClient(), "", "zofia", "REPLAYABLE_ARTIFACT");
        assertEquals("/account/profile.xhtml", WebClient.location(arrival.atAcs()));
        WebClient attacker = new WebClient();
        HttpResponse<String> replay = attacker.post(ACS,
                Map.of("SAMLArt", arrival.artifact(), "RelayState", arrival.relayState()));
        assertRefused(attacker, replay, "UNKNOWN_REQUEST", "zbyt długo albo zostało już zakończone");
    }

    @Test
    void anArtifactThatTheNodeWouldResolveAgainIsRefusedTheSecondTime() throws Exception {
        Arrival first = arrive(new WebClient(), "", "zofia", "REPLAYABLE_ARTIFACT");
        assertEquals("/account/profile.xhtml", WebClient.location(first.atAcs()));
        // The attacker starts a sign-in of their own and brings the captured artifact to it.
        WebClient attacker = new WebClient();
        Arrival own = arrive(attacker, "", "jan", "NONE");
        HttpResponse<String> replay = attacker.post(ACS,
                Map.of("SAMLArt", first.artifact(), "RelayState", own.relayState()));
        assertRefused(attacker, replay, "REPLAYED", "Nie mogliśmy bezpiecznie potwierdzić");
    }

    @Test
    void aSecondAnswerToAnAlreadyAnsweredAuthnRequestIsRefused() throws Exception {
        WebClient browser = new WebClient();
        Arrival first = arrive(browser, "", "zofia", "NONE");
        assertEquals("/account/profile.xhtml", WebClient.location(first.atAcs()));
        // A new pending sign-in under the old request ID, and a fresh artifact the node issues for that ID again.
        String binding = Secrets.token();
        String relayState = state.begin(first.requestId(), null, false, Secrets.sha256(binding));
        DemoLoginGovKeys keys = DemoLoginGovKeys.ofRunningServer();
        ServiceRequests requests = keys
                .requests(new Service("http://127.0.0.1:8180/wiec-test", "Platforma Wiec (demo)", ACS));
        String authnRequest = requests.authnRequest(first.requestId(), Instant.now(),
                NODE + "/login/SingleSignOnService", LevelOfAssurance.SUBSTANTIAL);
        WebClient attacker = new WebClient();
        HttpResponse<String> picker = attacker.post(NODE + "/login/SingleSignOnService",
                Map.of("SAMLRequest", Base64.getEncoder().encodeToString(authnRequest.getBytes(StandardCharsets.UTF_8)),
                        "RelayState", relayState));
        HttpResponse<String> back = attacker.post(NODE + "/login/choose", Map.of("flow",
                WebClient.hidden(picker.body(), "flow"), "person", "zofia", "fault", "NONE", "signin", ""));
        HttpResponse<String> acs = attackerWithBinding(binding).post(ACS,
                Map.of("SAMLArt", WebClient.hidden(back.body(), "SAMLArt"), "RelayState", relayState));
        assertEquals(("/signin.xhtml?loginGovError=REPLAYED"), WebClient.location(acs));
    }

    @Test
    void theAnswerMustComeToTheBrowserThatStartedTheSignIn() throws Exception {
        Arrival arrival = arrive(new WebClient(), "", "zofia", "NONE");
        WebClient victim = new WebClient();
        HttpResponse<String> acs = victim.post(ACS,
                Map.of("SAMLArt", arrival.artifact(), "RelayState", arrival.relayState()));
        assertRefused(victim, acs, "OTHER_BROWSER", "rozpoczęte w innej przeglądarce");
    }

    @Test
    void aSamlResponsePostedStraightToTheAcsSignsNobodyIn() throws Exception {
        WebClient attacker = new WebClient();
        String forged = Base64.getEncoder()
                .encodeToString(("<saml2p:Response xmlns:saml2p=\"urn:oasis:names:tc:SAML:2.0:"
                        + "protocol\"><saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"/></saml2p:Response>")
                                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> acs = attacker.post(ACS, Map.of("SAMLResponse", forged, "RelayState", "whatever"));
        assertRefused(attacker, acs, "UNKNOWN_REQUEST", "zbyt długo albo zostało już zakończone");
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheNode() throws Exception {
        Arrival arrival = arrive(new WebClient(), "", "jan", "NONE");
        arrival.atAcs();
        WebClient browser = arrival.browser();
        String home = browser.get(TestServer.url("/")).body();
        assertTrue(home.contains("id=\"signout\""), "a signed-in resident sees the sign-out button");
        int logoutsBefore = Integer.parseInt(browser.get(NODE + "/login-services/singleLogoutService").body().trim());
        Map<String, String> form = new HashMap<>();
        form.put("signout", "signout");
        form.put("signout:submit", "Wyloguj");
        form.put("jakarta.faces.ViewState", WebClient.hidden(home, "jakarta.faces.ViewState"));
        HttpResponse<String> out = browser.post(TestServer.url("/index.xhtml"), form);
        assertEquals(("/?signedOut=true"), WebClient.location(out));
        assertEquals(logoutsBefore + 1,
                Integer.parseInt(browser.get(NODE + "/login-services/singleLogoutService").body().trim()),
                "the node was asked to end its session");
        HttpResponse<String> profile = browser.get(TestServer.url("/account/profile.xhtml"));
        assertEquals(302, profile.statusCode(), "signed out: the profile sends to the sign-in page");
        assertTrue(WebClient.location(profile).contains("/signin.xhtml"));
    }

    // --- the exchange ----------------------------------------------------------------------------------------------

    private Arrival arrive(WebClient browser, String query, String person, String fault) throws Exception {
        HttpResponse<String> start = browser.get(TestServer.url("/signin/login-gov" + query));
        assertEquals(200, start.statusCode(), start.body());
        String samlRequest = WebClient.hidden(start.body(), "SAMLRequest");
        String requestId = new String(Base64.getDecoder().decode(samlRequest), StandardCharsets.UTF_8)
                .replaceFirst("(?s).*?\\sID=\"([^\"]+)\".*", "$1");
        HttpResponse<String> picker = browser.post(NODE + "/login/SingleSignOnService",
                Map.of("SAMLRequest", samlRequest, "RelayState", WebClient.hidden(start.body(), "RelayState")));
        assertEquals(200, picker.statusCode(), picker.body());
        HttpResponse<String> back = browser.post(NODE + "/login/choose", Map.of("flow",
                WebClient.hidden(picker.body(), "flow"), "person", person, "fault", fault, "signin", ""));
        assertTrue(back.body().contains("action=\"" + ACS + "\""), "the node sends the browser to Wiec's ACS");
        return new Arrival(browser, WebClient.hidden(back.body(), "SAMLArt"),
                WebClient.hidden(back.body(), "RelayState"), requestId);
    }

    private static String picker(WebClient browser, String query) throws Exception {
        HttpResponse<String> start = browser.get(TestServer.url("/signin/login-gov" + query));
        HttpResponse<String> picker = browser.post(NODE + "/login/SingleSignOnService",
                Map.of("SAMLRequest", WebClient.hidden(start.body(), "SAMLRequest"), "RelayState",
                        WebClient.hidden(start.body(), "RelayState")));
        return WebClient.hidden(picker.body(), "flow");
    }

    private static WebClient attackerWithBinding(String binding) {
        return WebClient.withCookie(TestServer.url("/signin/login-gov"), "wiec_login_gov", binding);
    }

    private static void assertRefused(WebClient browser, HttpResponse<String> acs, String code, String message)
            throws Exception {
        assertEquals(303, acs.statusCode());
        String location = WebClient.location(acs);
        assertEquals(("/signin.xhtml?loginGovError=" + code), location);
        String page = browser.get(TestServer.url(location)).body();
        assertTrue(page.contains(message), page);
        HttpResponse<String> profile = browser.get(TestServer.url("/account/profile.xhtml"));
        assertEquals(302, profile.statusCode(), "nobody is signed in");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElse("");
    }

    private static Path log() {
        return Path.of(System.getProperty("jboss.server.log.dir"), "wiec.log");
    }

    private static long logSize() throws Exception {
        return Files.size(log());
    }

    private static String logSince(long offset) throws Exception {
        byte[] all = Files.readAllBytes(log());
        return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    }
}
