package pl.wiec.demo.logingov;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import pl.wiec.demo.Markup;

/** Builds the node's ArtifactResponse for one resolved artifact, playing the chosen fault. */
final class NodeAnswers {

    static final String ISSUER = "symulator.login.gov.pl";
    private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

    private NodeAnswers() {
    }

    static String answer(Issued issued, String artifactResolveId, NodeKeys keys, Instant now) throws Exception {
        Fault fault = issued.fault();
        Instant notBefore = now.minusSeconds(5);
        Instant notOnOrAfter = now.plus(Duration.ofMinutes(5));
        if (fault == Fault.EXPIRED) {
            notBefore = now.minus(Duration.ofMinutes(30));
            notOnOrAfter = now.minus(Duration.ofMinutes(10));
        } else if (fault == Fault.NOT_YET_VALID) {
            notBefore = now.plus(Duration.ofMinutes(10));
            notOnOrAfter = now.plus(Duration.ofMinutes(20));
        }
        String assertion = assertion(issued, notBefore, notOnOrAfter);
        String carried = fault == Fault.PLAINTEXT_ASSERTION ? assertion : AssertionSealing.seal(assertion,
                keys.serviceEncryption(), ISSUER, issued.serviceEntityId(), sealing(fault));

        String status;
        if (issued.cancelled()) {
            status = status("urn:oasis:names:tc:SAML:2.0:status:Responder",
                    "urn:oasis:names:tc:SAML:2.0:status:RequestDenied/cancel");
        } else if (fault == Fault.AUTHN_FAILED_WITH_ASSERTION) {
            status = status("urn:oasis:names:tc:SAML:2.0:status:Responder",
                    "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed");
        } else {
            status = status(SUCCESS, null);
        }
        String responseId = "_" + UUID.randomUUID();
        String inResponseTo = fault == Fault.WRONG_IN_RESPONSE_TO ? "_another-request" : issued.requestId();
        String xml = """
                <saml2p:ArtifactResponse xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" \
                ID="_%s" InResponseTo="%s" Version="2.0" IssueInstant="%s"><saml2:Issuer>%s</saml2:Issuer>%s\
                <saml2p:Response ID="%s" InResponseTo="%s" Version="2.0" IssueInstant="%s" Destination="%s">\
                <saml2:Issuer>%s</saml2:Issuer>%s%s</saml2p:Response></saml2p:ArtifactResponse>"""
                .formatted(UUID.randomUUID(), Markup.escape(artifactResolveId), instant(now), ISSUER,
                        status(SUCCESS, null), responseId, Markup.escape(inResponseTo), instant(now),
                        Markup.escape(issued.acsUrl()), ISSUER, status, carried);
        Document document = NodeXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Element artifactResponse = document.getDocumentElement();
        Element response = NodeXml.child(artifactResponse, NodeXml.SAMLP, "Response");
        if (fault == Fault.FOREIGN_SIGNING_KEY) {
            NodeXml.sign(response, keys.foreignKey(), null);
        } else if (fault != Fault.UNSIGNED_RESPONSE) {
            NodeXml.sign(response, keys.nodeKey(), keys.nodeCertificate());
        }
        if (fault == Fault.SIGNATURE_WRAPPING) {
            wrap(document, response);
        }
        if (fault == Fault.EXTRA_RESPONSE) {
            // a copy of the signed Response carried in the Extensions of the ArtifactResponse, which the node signs
            Element extensions = document.createElementNS(NodeXml.SAMLP, "saml2p:Extensions");
            Element copy = (Element) response.cloneNode(true);
            copy.setAttribute("ID", "_" + UUID.randomUUID());
            extensions.appendChild(copy);
            artifactResponse.insertBefore(extensions, response);
        }
        NodeXml.sign(artifactResponse, keys.nodeKey(), keys.nodeCertificate());
        return "<soap11:Envelope xmlns:soap11=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap11:Body>"
                + NodeXml.serialize(document) + "</soap11:Body></soap11:Envelope>";
    }

    private static AssertionSealing.Options sealing(Fault fault) {
        AssertionSealing.Options options = new AssertionSealing.Options();
        switch (fault) {
        case CONTENT_KEY_128 -> options.contentKeyBytes(16);
        case TAMPERED_CIPHERTEXT -> options.tamper();
        case EPHEMERAL_KEY_OFF_CURVE -> {
            byte[] offCurve = new byte[65];
            offCurve[0] = 0x04;
            offCurve[32] = 1;
            offCurve[64] = 1;
            options.ephemeralPoint(offCurve);
        }
        default -> {
        }
        }
        return options;
    }

    /**
     * The classic wrapping attack: the genuinely signed Response is moved into the Extensions of a forged one with the
     * same ID, whose own (unsigned) content a careless service would read.
     */
    private static void wrap(Document document, Element signedResponse) {
        Element forged = (Element) signedResponse.cloneNode(true);
        Element signature = NodeXml.child(forged, NodeXml.DS, "Signature");
        forged.removeChild(signature);
        Element extensions = document.createElementNS(NodeXml.SAMLP, "saml2p:Extensions");
        signedResponse.getParentNode().replaceChild(forged, signedResponse);
        forged.insertBefore(extensions, NodeXml.child(forged, NodeXml.SAML2, "Issuer").getNextSibling());
        extensions.appendChild(signedResponse);
    }

    private static String assertion(Issued issued, Instant notBefore, Instant notOnOrAfter) {
        TestPerson person = issued.person();
        Fault fault = issued.fault();
        String level = fault == Fault.LOWER_LEVEL ? "http://eidas.europa.eu/LoA/low" : person.levelUri();
        String audience = fault == Fault.WRONG_AUDIENCE ? "https://another-gmina.example/saml"
                : issued.serviceEntityId();
        String recipient = fault == Fault.WRONG_RECIPIENT ? "https://another-gmina.example/login/acs" : issued.acsUrl();
        StringBuilder attributes = new StringBuilder();
        if (fault != Fault.MISSING_ATTRIBUTES) {
            attributes.append(attribute("FirstName", "CurrentGivenName", person.firstName()));
        }
        attributes.append(attribute("FamilyName", "CurrentFamilyName", person.familyName()));
        if (person.sendsDateOfBirth()) {
            attributes.append(attribute("DateOfBirth", "DateOfBirth", person.dateOfBirth() + "Z"));
        }
        attributes.append(attribute("PersonIdentifier", "PersonIdentifier", person.pesel()));
        return """
                <saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" Version="2.0" IssueInstant="%s">\
                <saml2:Issuer>%s</saml2:Issuer><saml2:Subject>\
                <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">%s</saml2:NameID>\
                <saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">\
                <saml2:SubjectConfirmationData InResponseTo="%s" NotOnOrAfter="%s" Recipient="%s"/>\
                </saml2:SubjectConfirmation></saml2:Subject>\
                <saml2:Conditions NotBefore="%s" NotOnOrAfter="%s"><saml2:AudienceRestriction>\
                <saml2:Audience>%s</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions>\
                <saml2:AuthnStatement AuthnInstant="%s" SessionIndex="_%s"><saml2:AuthnContext>\
                <saml2:AuthnContextClassRef>%s</saml2:AuthnContextClassRef>\
                <saml2:AuthenticatingAuthority>%s</saml2:AuthenticatingAuthority></saml2:AuthnContext></saml2:AuthnStatement>\
                <saml2:AttributeStatement>%s</saml2:AttributeStatement></saml2:Assertion>"""
                .formatted(UUID.randomUUID(), instant(issued.authenticatedAt()), ISSUER, "sim-" + person.key(),
                        Markup.escape(fault == Fault.WRONG_IN_RESPONSE_TO ? "_another-request" : issued.requestId()),
                        instant(notOnOrAfter), Markup.escape(recipient), instant(notBefore), instant(notOnOrAfter),
                        Markup.escape(audience), instant(issued.authenticatedAt()), UUID.randomUUID(), level,
                        person.authority(), attributes);
    }

    private static String attribute(String friendlyName, String name, String value) {
        return "<saml2:Attribute FriendlyName=\"" + friendlyName
                + "\" Name=\"http://eidas.europa.eu/attributes/naturalperson/" + name
                + "\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\"><saml2:AttributeValue>"
                + Markup.escape(value) + "</saml2:AttributeValue></saml2:Attribute>";
    }

    private static String status(String code, String inner) {
        return "<saml2p:Status><saml2p:StatusCode Value=\"" + code + "\">"
                + (inner == null ? "" : "<saml2p:StatusCode Value=\"" + inner + "\"/>")
                + "</saml2p:StatusCode></saml2p:Status>";
    }

    private static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
