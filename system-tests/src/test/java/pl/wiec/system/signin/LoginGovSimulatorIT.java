package pl.wiec.system.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.signin.saml.ArtifactResponseValidation;
import pl.wiec.signin.saml.ArtifactResponseValidation.Expectations;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.saml.NationalIdentity;
import pl.wiec.signin.saml.SamlRejected;
import pl.wiec.signin.saml.SamlRejected.Reason;
import pl.wiec.signin.saml.ServiceRequests;
import pl.wiec.signin.saml.ServiceRequests.Service;
import pl.wiec.signin.saml.SoapBinding;
import pl.wiec.system.support.DemoLoginGovKeys;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Wiec's SAML messages against the login.gov.pl simulator over real HTTP, inside the server with the keys the build
 * exchanged between them: the signed AuthnRequest, the person's choice, the artifact, the signed SOAP ArtifactResolve,
 * and the validation of the signed, encrypted answer; then every fault the simulator can play.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class LoginGovSimulatorIT {

    private static final String NODE = TestServer.url("/demo/login-gov");
    private static final Service SERVICE = new Service("https://wiec.test/saml", "Wiec (test)",
            TestServer.url("/login/acs"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final WebClient BROWSER = new WebClient();

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(LoginGovSimulatorIT.class);
    }

    private ServiceRequests requests;
    private ArtifactResponseValidation validation;
    private LevelOfAssurance asked = LevelOfAssurance.SUBSTANTIAL;
    private String authnRequestId;

    @BeforeEach
    void keys() throws Exception {
        DemoLoginGovKeys keys = DemoLoginGovKeys.ofRunningServer();
        requests = keys.requests(SERVICE);
        validation = keys.validation(SERVICE);
    }

    @Test
    void aPersonPickedAtTheSimulatorArrivesVerifiedWithTheirAttributes() throws Exception {
        NationalIdentity person = signIn("zofia", "NONE", false);
        assertEquals("Zofia", person.firstName());
        assertEquals("Wiśniewska-Żak", person.familyName());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, person.level());
        assertEquals("1987-02-22", person.dateOfBirth().toString());
    }

    @Test
    void eachLevelIsReportedAndAPersonWithoutDateOfBirthGetsItFromThePesel() throws Exception {
        asked = LevelOfAssurance.HIGH;
        assertEquals(LevelOfAssurance.HIGH, signIn("jan", "NONE", false).level());
        asked = LevelOfAssurance.LOW;
        assertEquals("1902-07-08", signIn("stefan", "NONE", false).dateOfBirth().toString());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, signIn("helena", "NONE", false).level());
        assertEquals(LevelOfAssurance.LOW, signIn("marek", "NONE", false).level());
    }

    @Test
    void everyFaultOfTheNodeIsRefusedForItsOwnReason() {
        Map<String, Reason> expected = Map.ofEntries(Map.entry("AUTHN_FAILED_WITH_ASSERTION", Reason.NOT_AUTHENTICATED),
                Map.entry("EXPIRED", Reason.OUTSIDE_VALIDITY), Map.entry("NOT_YET_VALID", Reason.OUTSIDE_VALIDITY),
                Map.entry("WRONG_AUDIENCE", Reason.WRONG_AUDIENCE), Map.entry("WRONG_RECIPIENT", Reason.WRONG_AUDIENCE),
                Map.entry("WRONG_IN_RESPONSE_TO", Reason.WRONG_IN_RESPONSE_TO),
                Map.entry("FOREIGN_SIGNING_KEY", Reason.SIGNATURE_INVALID),
                Map.entry("UNSIGNED_RESPONSE", Reason.SIGNATURE_INVALID),
                Map.entry("SIGNATURE_WRAPPING", Reason.SIGNATURE_SCOPE), Map.entry("LOWER_LEVEL", Reason.LEVEL_TOO_LOW),
                Map.entry("MISSING_ATTRIBUTES", Reason.BAD_ATTRIBUTE),
                Map.entry("PLAINTEXT_ASSERTION", Reason.PLAINTEXT_ASSERTION),
                Map.entry("TAMPERED_CIPHERTEXT", Reason.DECRYPTION_FAILED),
                Map.entry("EPHEMERAL_KEY_OFF_CURVE", Reason.MALFORMED), Map.entry("EXTRA_RESPONSE", Reason.MALFORMED));
        String outcomes = expected.entrySet().stream().map(entry -> {
            SamlRejected refused = assertThrows(SamlRejected.class, () -> signIn("zofia", entry.getKey(), false),
                    entry.getKey());
            return entry.getKey() + "=" + refused.reason();
        }).sorted().collect(Collectors.joining(", "));
        String wanted = expected.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).sorted()
                .collect(Collectors.joining(", "));
        assertEquals(wanted, outcomes);
    }

    @Test
    void aCancelledSignInIsToldApartFromAFailedOne() {
        assertEquals(Reason.CANCELLED, assertThrows(SamlRejected.class, () -> signIn("zofia", "NONE", true)).reason());
    }

    @Test
    void a128BitContentKeyIsAccepted() throws Exception {
        assertEquals("Zofia", signIn("zofia", "CONTENT_KEY_128", false).firstName());
    }

    @Test
    void anArtifactResolvesOnceOnly() throws Exception {
        String artifact = artifact("zofia", "NONE", false);
        resolve(artifact);
        assertEquals(Reason.MALFORMED, assertThrows(SamlRejected.class, () -> resolve(artifact)).reason());
    }

    @Test
    void theSimulatorRefusesAnAuthnRequestNotSignedByTheRegisteredServiceKey() throws Exception {
        String unsigned = "<saml2p:AuthnRequest xmlns:saml2p=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_x\"/>";
        HttpResponse<String> response = post(NODE + "/login/SingleSignOnService", Map.of("SAMLRequest",
                Base64.getEncoder().encodeToString(unsigned.getBytes(StandardCharsets.UTF_8)), "RelayState", "r"));
        assertEquals(400, response.statusCode());
    }

    private NationalIdentity signIn(String person, String fault, boolean cancel) throws Exception {
        return resolve(artifact(person, fault, cancel));
    }

    private String artifact(String person, String fault, boolean cancel) throws Exception {
        authnRequestId = "_" + UUID.randomUUID();
        String relayState = UUID.randomUUID().toString();
        String authnRequest = requests.authnRequest(authnRequestId, Instant.now(), NODE + "/login/SingleSignOnService",
                asked);
        HttpResponse<String> picker = post(NODE + "/login/SingleSignOnService",
                Map.of("SAMLRequest", Base64.getEncoder().encodeToString(authnRequest.getBytes(StandardCharsets.UTF_8)),
                        "RelayState", relayState));
        assertEquals(200, picker.statusCode(), picker.body());
        Map<String, String> choice = new java.util.HashMap<>(
                Map.of("flow", hidden(picker.body(), "flow"), "person", person, "fault", fault));
        choice.put(cancel ? "cancel" : "signin", "");
        HttpResponse<String> back = post(NODE + "/login/choose", choice);
        assertTrue(back.body().contains("action=\"" + SERVICE.acsUrl() + "\""), "the browser is sent to the ACS");
        assertEquals(relayState, hidden(back.body(), "RelayState"));
        return hidden(back.body(), "SAMLArt");
    }

    private NationalIdentity resolve(String artifact) throws Exception {
        String resolveId = "_" + UUID.randomUUID();
        String soap = requests.artifactResolve(resolveId, Instant.now(),
                NODE + "/login-services/idpArtifactResolutionService", artifact);
        HttpResponse<byte[]> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(NODE + "/login-services/idpArtifactResolutionService"))
                        .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                        .POST(HttpRequest.BodyPublishers.ofString(soap)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return validation.validate(SoapBinding.artifactResponse(answer.body()),
                new Expectations(resolveId, authnRequestId, SERVICE.entityId(), SERVICE.acsUrl(),
                        "symulator.login.gov.pl", asked, Instant.now(), Duration.ofMinutes(2)));
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        return BROWSER.post(url, form);
    }

    private static String hidden(String html, String name) {
        return WebClient.hidden(html, name);
    }
}
