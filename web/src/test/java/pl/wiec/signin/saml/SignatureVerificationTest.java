package pl.wiec.signin.saml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import pl.wiec.demo.logingov.NodeXml;
import pl.wiec.signin.saml.SamlRejected.Reason;

class SignatureVerificationTest {

    private static final String RESPONSE = "<saml2p:Response xmlns:saml2p=\"urn:oasis:names:tc:SAML:2.0:protocol\" "
            + "xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_r1\" Version=\"2.0\">"
            + "<saml2:Issuer>int.login.gov.pl</saml2:Issuer><saml2p:Status><saml2p:StatusCode "
            + "Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></saml2p:Status></saml2p:Response>";

    private KeyPair node;

    @BeforeEach
    void key() throws Exception {
        node = TestKeys.p256();
    }

    /** Signs as the node does: ECDSA-SHA256, exclusive c14n, enveloped, signature right after the Issuer. */
    static Document signed(String xml, KeyPair key, String referenceUri, String signatureMethod) throws Exception {
        Document document = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        sign(document.getDocumentElement(), key, referenceUri, signatureMethod);
        return document;
    }

    /** Signs with the login.gov.pl simulator's signer, after marking the document's IDs as signing needs. */
    static void sign(Element root, KeyPair key, String referenceUri, String signatureMethod) throws Exception {
        org.w3c.dom.NodeList all = root.getOwnerDocument().getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("ID")) {
                element.setIdAttributeNS(null, "ID", true);
            }
        }
        NodeXml.sign(root, key.getPrivate(), null, referenceUri, signatureMethod);
    }

    /** What arrives on the wire: the signed document serialised and parsed again, as the service sees it. */
    static Element received(Document document) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(bytes));
        return SecureXml.parse(bytes.toByteArray()).getDocumentElement();
    }

    private void verify(Element element) throws SamlRejected {
        new SignatureVerification(node.getPublic()).verify(element);
    }

    @Test
    void acceptsTheNodesSignatureOverTheWholeElement() throws Exception {
        assertDoesNotThrow(() -> verify(received(signed(RESPONSE, node, "#_r1", SignatureMethod.ECDSA_SHA256))));
    }

    @Test
    void refusesAnAlteredMessage() throws Exception {
        Element response = received(signed(RESPONSE, node, "#_r1", SignatureMethod.ECDSA_SHA256));
        response.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Issuer").item(0)
                .setTextContent("evil.example");
        assertEquals(Reason.SIGNATURE_INVALID, assertThrows(SamlRejected.class, () -> verify(response)).reason());
    }

    @Test
    void refusesASignatureByAnyOtherKeyEvenIfItIsValid() throws Exception {
        Element response = received(signed(RESPONSE, TestKeys.p256(), "#_r1", SignatureMethod.ECDSA_SHA256));
        assertEquals(Reason.SIGNATURE_INVALID, assertThrows(SamlRejected.class, () -> verify(response)).reason());
    }

    @Test
    void refusesAnUnsignedMessage() throws Exception {
        Element response = SecureXml.parse(RESPONSE.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(Reason.SIGNATURE_INVALID, assertThrows(SamlRejected.class, () -> verify(response)).reason());
    }

    @Test
    void refusesASignatureThatCoversAnotherElementWithTheSameId() throws Exception {
        String wrapped = RESPONSE.replace("</saml2p:Response>",
                "<saml2p:Extensions><saml2p:Response ID=\"_r1\"/></saml2p:Extensions></saml2p:Response>");
        Element response = SecureXml.parse(wrapped.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(Reason.SIGNATURE_SCOPE, assertThrows(SamlRejected.class, () -> verify(response)).reason());
    }

    @Test
    void refusesASignatureWhoseReferenceIsNotTheSignedElement() throws Exception {
        String withOther = RESPONSE.replace("<saml2p:Status>", "<saml2p:Extensions ID=\"_other\"/><saml2p:Status>");
        Document document = SecureXml.parse(withOther.getBytes(StandardCharsets.UTF_8));
        ((Element) document.getDocumentElement()
                .getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:protocol", "Extensions").item(0))
                        .setIdAttributeNS(null, "ID", true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(bytes));
        Element response = received(
                signed(bytes.toString(StandardCharsets.UTF_8), node, "#_other", SignatureMethod.ECDSA_SHA256));
        assertEquals(Reason.SIGNATURE_SCOPE, assertThrows(SamlRejected.class, () -> verify(response)).reason());
    }

    @Test
    void refusesWeakSignatureAlgorithms() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rsaKey = rsa.generateKeyPair();
        Element response = received(signed(RESPONSE, rsaKey, "#_r1", SignatureMethod.RSA_SHA1));
        SamlRejected rejected = assertThrows(SamlRejected.class,
                () -> new SignatureVerification(rsaKey.getPublic()).verify(response));
        assertEquals(true,
                rejected.reason() == Reason.ALGORITHM_NOT_ALLOWED || rejected.reason() == Reason.SIGNATURE_INVALID,
                rejected.getMessage());
    }
}
