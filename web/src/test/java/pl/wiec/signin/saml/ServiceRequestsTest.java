package pl.wiec.signin.saml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.saml.ServiceRequests.Service;

class ServiceRequestsTest {

    private static final Service SERVICE = new Service("https://konsultacje.um-augustow.example/saml",
            "Konsultacje Augustów & okolice", "https://konsultacje.um-augustow.example/login/acs");
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private KeyPair key;
    private ServiceRequests requests;

    @BeforeEach
    void setUp() throws Exception {
        key = TestKeys.p256();
        requests = new ServiceRequests(SERVICE, new SamlSigner(key.getPrivate(), null));
    }

    private static Element parse(String xml) throws SamlRejected {
        return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    @Test
    void authnRequestIsSignedByTheServiceAndAsksForArtifactMinimumDataSetAndLevel() throws Exception {
        Element request = parse(requests.authnRequest("_req-1", NOW,
                "https://symulator.login.gov.pl/login/SingleSignOnService", LevelOfAssurance.SUBSTANTIAL));

        assertDoesNotThrow(() -> new SignatureVerification(key.getPublic()).verify(request));
        assertEquals("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact", request.getAttribute("ProtocolBinding"));
        assertEquals("Konsultacje Augustów & okolice", request.getAttribute("ProviderName"));
        assertEquals(SERVICE.acsUrl(), request.getAttribute("AssertionConsumerServiceURL"));
        assertEquals("Signature", ((Element) request.getFirstChild().getNextSibling()).getLocalName(),
                "the signature comes right after the Issuer");
        assertEquals(4, request.getElementsByTagNameNS("http://eidas.europa.eu/saml-extensions", "RequestedAttribute")
                .getLength());
        Element level = (Element) request.getElementsByTagNameNS(Xml.SAML2, "AuthnContextClassRef").item(0);
        assertEquals("http://eidas.europa.eu/LoA/substantial", level.getTextContent());
        assertEquals("minimum", ((Element) level.getParentNode()).getAttribute("Comparison"));
    }

    @Test
    void aTamperedRequestNoLongerVerifies() throws Exception {
        String tampered = requests.authnRequest("_req-2", NOW, "https://node/sso", LevelOfAssurance.HIGH)
                .replace("LoA/high", "LoA/low");
        assertThrows(SamlRejected.class, () -> new SignatureVerification(key.getPublic()).verify(parse(tampered)));
    }

    @Test
    void artifactResolveTravelsSignedInASoapEnvelope() throws Exception {
        Element envelope = parse(requests.artifactResolve("_res-1", NOW,
                "https://symulator.login.gov.pl/login-services/idpArtifactResolutionService", "AAQAAKFb3e=="));
        assertEquals("Envelope", envelope.getLocalName());
        Element resolve = (Element) envelope.getElementsByTagNameNS(ArtifactResponseValidation.SAMLP, "ArtifactResolve")
                .item(0);
        assertDoesNotThrow(() -> new SignatureVerification(key.getPublic()).verify(resolve));
        assertEquals("AAQAAKFb3e==",
                resolve.getElementsByTagNameNS(ArtifactResponseValidation.SAMLP, "Artifact").item(0).getTextContent());
    }

    @Test
    void configurationValuesCannotInjectMarkup() throws Exception {
        ServiceRequests odd = new ServiceRequests(new Service("urn:x\"><evil/>", "<b>", "https://a/acs?x=1&y=2"),
                new SamlSigner(key.getPrivate(), null));
        Element request = parse(odd.authnRequest("_req-3", NOW, "https://node/sso", LevelOfAssurance.LOW));
        assertEquals(0, request.getElementsByTagName("evil").getLength());
        assertEquals("https://a/acs?x=1&y=2", request.getAttribute("AssertionConsumerServiceURL"));
        assertTrue(request.getAttribute("ProviderName").equals("<b>"));
    }
}
