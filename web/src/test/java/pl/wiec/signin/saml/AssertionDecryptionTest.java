package pl.wiec.signin.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import pl.wiec.signin.saml.SamlRejected.Reason;

class AssertionDecryptionTest {

    private static final String SERVICE = "https://konsultacje.um-augustow.example/saml";
    private static final String ASSERTION = "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" "
            + "ID=\"_a1\" Version=\"2.0\" IssueInstant=\"2026-11-27T10:00:00Z\"><saml2:Issuer>int.login.gov.pl</saml2:Issuer>"
            + "</saml2:Assertion>";

    private KeyPair service;
    private NodeEncryption node;

    @BeforeEach
    void keys() throws Exception {
        service = TestKeys.p256();
        node = new NodeEncryption((ECPublicKey) service.getPublic(), SERVICE);
    }

    private Element decrypt(String encryptedAssertion) throws SamlRejected {
        Element element = SecureXml.parse(encryptedAssertion.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        return new AssertionDecryption((ECPrivateKey) service.getPrivate(), SERVICE).decrypt(element);
    }

    @Test
    void decryptsWhatTheNodeEncryptedForThisService() throws Exception {
        Element assertion = decrypt(node.encryptedAssertion(ASSERTION));
        assertEquals("Assertion", assertion.getLocalName());
        assertEquals("_a1", assertion.getAttribute("ID"));
    }

    @Test
    void acceptsA128BitContentKeyUnderTheAes256Uri() throws Exception {
        node.options.contentKeyBytes(16);
        assertEquals("_a1", decrypt(node.encryptedAssertion(ASSERTION)).getAttribute("ID"));
    }

    @Test
    void acceptsTheEncryptedKeyBesideTheEncryptedData() throws Exception {
        node.options.keyBesideData();
        assertEquals("_a1", decrypt(node.encryptedAssertion(ASSERTION)).getAttribute("ID"));
    }

    @Test
    void refusesAKeyAgreedForAnotherService() throws Exception {
        node.partyV = "https://other.example/saml";
        assertEquals(Reason.WRONG_RECIPIENT_PARTY,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
    }

    @Test
    void refusesAnAssertionEncryptedForAnotherKey() throws Exception {
        node.recipient = (ECPublicKey) TestKeys.p256().getPublic();
        assertEquals(Reason.DECRYPTION_FAILED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
    }

    @Test
    void refusesAnAlteredCiphertext() throws Exception {
        node.options.tamper();
        assertEquals(Reason.DECRYPTION_FAILED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
    }

    @Test
    void refusesAnEphemeralKeyOffTheCurve() throws Exception {
        byte[] offCurve = new byte[65];
        offCurve[0] = 0x04;
        offCurve[32] = 1;
        offCurve[64] = 1;
        node.options.ephemeralPoint(offCurve);
        assertEquals(Reason.MALFORMED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
    }

    @Test
    void refusesAlgorithmsAndCurvesOutsideTheAllowList() throws Exception {
        node.options.dataAlgorithm("http://www.w3.org/2001/04/xmlenc#aes256-cbc");
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
        node.options.dataAlgorithm(AssertionDecryption.AES256_GCM);
        node.options.curve("urn:oid:1.3.132.0.34");
        assertEquals(Reason.ALGORITHM_NOT_ALLOWED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(ASSERTION))).reason());
    }

    @Test
    void refusesAnEncryptedElementThatIsNotAnAssertion() throws Exception {
        String notAnAssertion = "<saml2:Advice xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"/>";
        assertEquals(Reason.MALFORMED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(notAnAssertion))).reason());
    }

    @Test
    void refusesADoctypeInsideTheEncryptedAssertion() throws Exception {
        String billionLaughs = "<!DOCTYPE a [<!ENTITY x \"x\">]><saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">&x;</saml2:Assertion>";
        assertEquals(Reason.MALFORMED,
                assertThrows(SamlRejected.class, () -> decrypt(node.encryptedAssertion(billionLaughs))).reason());
    }
}
