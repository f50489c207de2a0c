package pl.wiec.signin.saml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;

import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The node's answer to an ArtifactResolve, built for tests as the reference describes it (signed Response with one
 * encrypted assertion, inside a signed ArtifactResponse), with every field a test may want to get wrong.
 */
final class NodeAnswer {

    static final String SERVICE = "https://konsultacje.um-augustow.example/saml";
    static final String ACS = "https://konsultacje.um-augustow.example/login/acs";
    static final String AUTHN_REQUEST = "_authn-1";
    static final String ARTIFACT_RESOLVE = "_resolve-1";

    String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
    String innerStatus;
    String artifactInResponseTo = ARTIFACT_RESOLVE;
    String responseInResponseTo = AUTHN_REQUEST;
    String confirmationInResponseTo = AUTHN_REQUEST;
    String issuer = NodeEncryption.NODE;
    String audience = SERVICE;
    String recipient = ACS;
    Instant notBefore;
    Instant notOnOrAfter;
    String level = "http://eidas.europa.eu/LoA/substantial";
    String pesel = "87022212345";
    boolean withDateOfBirth = true;
    boolean withFirstName = true;
    boolean plaintextAssertion;
    KeyPair innerSigner;
    KeyPair outerSigner;

    private final ECPublicKey serviceEncryptionKey;

    NodeAnswer(KeyPair node, ECPublicKey serviceEncryptionKey, Instant now) {
        this.innerSigner = node;
        this.outerSigner = node;
        this.serviceEncryptionKey = serviceEncryptionKey;
        this.notBefore = now.minusSeconds(30);
        this.notOnOrAfter = now.plusSeconds(300);
    }

    String assertion() {
        return """
                <saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_assertion-1" Version="2.0" IssueInstant="%s">\
                <saml2:Issuer>%s</saml2:Issuer><saml2:Subject><saml2:NameID>nid-42</saml2:NameID>\
                <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">\
                <saml2:SubjectConfirmationData InResponseTo="%s" NotOnOrAfter="%s" Recipient="%s"/>\
                </saml2:SubjectConfirmation></saml2:Subject>\
                <saml2:Conditions NotBefore="%s" NotOnOrAfter="%s"><saml2:AudienceRestriction><saml2:Audience>%s</saml2:Audience>\
                </saml2:AudienceRestriction></saml2:Conditions>\
                <saml2:AuthnStatement AuthnInstant="%s" SessionIndex="sess-7"><saml2:AuthnContext>\
                <saml2:AuthnContextClassRef>%s</saml2:AuthnContextClassRef>\
                <saml2:AuthenticatingAuthority>pz.gov.pl</saml2:AuthenticatingAuthority></saml2:AuthnContext></saml2:AuthnStatement>\
                <saml2:AttributeStatement>%s%s%s%s</saml2:AttributeStatement></saml2:Assertion>"""
                .formatted(notBefore, issuer, confirmationInResponseTo, notOnOrAfter, recipient, notBefore,
                        notOnOrAfter, audience, notBefore, level,
                        withFirstName ? attribute("CurrentGivenName", "Zofia") : "",
                        attribute("CurrentFamilyName", "Wiśniewska-Żak"),
                        withDateOfBirth ? attribute("DateOfBirth", "1987-02-22Z") : "",
                        attribute("PersonIdentifier", pesel));
    }

    private static String attribute(String name, String value) {
        return "<saml2:Attribute Name=\"http://eidas.europa.eu/attributes/naturalperson/" + name + "\" FriendlyName=\""
                + name + "\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\"><saml2:AttributeValue>"
                + value + "</saml2:AttributeValue></saml2:Attribute>";
    }

    /** The answer as bytes on the wire, parsed again as the service would. */
    Document document() throws Exception {
        String statusXml = "<saml2p:Status><saml2p:StatusCode Value=\"" + status + "\">"
                + (innerStatus == null ? "" : "<saml2p:StatusCode Value=\"" + innerStatus + "\"/>")
                + "</saml2p:StatusCode></saml2p:Status>";
        String carried = plaintextAssertion ? assertion()
                : new NodeEncryption(serviceEncryptionKey, SERVICE).encryptedAssertion(assertion());
        String xml = """
                <saml2p:ArtifactResponse xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" \
                ID="_ar-1" InResponseTo="%s" Version="2.0" IssueInstant="%s"><saml2:Issuer>%s</saml2:Issuer>%s\
                <saml2p:Response ID="_resp-1" InResponseTo="%s" Version="2.0" IssueInstant="%s" Destination="%s">\
                <saml2:Issuer>%s</saml2:Issuer>%s%s</saml2p:Response></saml2p:ArtifactResponse>"""
                .formatted(artifactInResponseTo, notBefore, issuer, statusXml, responseInResponseTo, notBefore, ACS,
                        issuer, statusXml, carried);
        Document document = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        Element artifactResponse = document.getDocumentElement();
        Element response = (Element) artifactResponse
                .getElementsByTagNameNS(ArtifactResponseValidation.SAMLP, "Response").item(0);
        if (innerSigner != null) {
            SignatureVerificationTest.sign(response, innerSigner, "#_resp-1", SignatureMethod.ECDSA_SHA256);
        }
        if (outerSigner != null) {
            SignatureVerificationTest.sign(artifactResponse, outerSigner, "#_ar-1", SignatureMethod.ECDSA_SHA256);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(bytes));
        return SecureXml.parse(bytes.toByteArray());
    }
}
