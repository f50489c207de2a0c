package pl.wiec.signin.saml;

import static pl.wiec.signin.saml.Xml.SAML2;
import static pl.wiec.signin.saml.Xml.attribute;
import static pl.wiec.signin.saml.Xml.only;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.w3c.dom.Element;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Pesel;
import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * Every check the service must make on the node's answer to an ArtifactResolve, in order: the ArtifactResponse and the
 * Response inside it are signed by the node's pinned key; both say Success (a failure may still carry an assertion,
 * which is then never opened); both answer this service's requests; the only assertion is the encrypted child of the
 * verified Response; its issuer, audience, recipient, times and level of assurance are right; and the attributes are
 * present and sane. What passes is a {@link NationalIdentity}.
 */
public final class ArtifactResponseValidation {

    static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    static final String ATTRIBUTES = "http://eidas.europa.eu/attributes/naturalperson/";

    /** What this service expects of one answer: its own request IDs, addresses, the node and the time. */
    public record Expectations(String artifactResolveId, String authnRequestId, String serviceEntityId, String acsUrl,
            String nodeIssuer, LevelOfAssurance minimumLevel, Instant now, Duration clockSkew) {
    }

    private final SignatureVerification nodeSignature;
    private final AssertionDecryption decryption;

    public ArtifactResponseValidation(SignatureVerification nodeSignature, AssertionDecryption decryption) {
        this.nodeSignature = nodeSignature;
        this.decryption = decryption;
    }

    private static void requireExactlyOne(Element message, String localName) throws SamlRejected {
        requireExactlyOne(message, localName, 1);
    }

    /** How many elements of this name the message holds, in any namespace and at any depth. */
    private static void requireExactlyOne(Element message, String localName, int expected) throws SamlRejected {
        int found = message.getElementsByTagNameNS("*", localName).getLength();
        if (found != expected) {
            throw new SamlRejected(Reason.MALFORMED,
                    "the answer holds " + found + " " + localName + " elements instead of " + expected);
        }
    }

    public NationalIdentity validate(Element artifactResponse, Expectations expected) throws SamlRejected {
        requireElement(artifactResponse, SAMLP, "ArtifactResponse");
        nodeSignature.verify(artifactResponse);
        requireSuccess(artifactResponse);
        requireEqual(Reason.WRONG_IN_RESPONSE_TO, expected.artifactResolveId(),
                artifactResponse.getAttribute("InResponseTo"), "ArtifactResponse answers another ArtifactResolve");
        requireIssuer(artifactResponse, expected);

        Element response = only(artifactResponse, SAMLP, "Response");
        nodeSignature.verify(response);
        requireSuccess(response);
        requireEqual(Reason.WRONG_IN_RESPONSE_TO, expected.authnRequestId(), response.getAttribute("InResponseTo"),
                "Response answers another AuthnRequest");
        requireIssuer(response, expected);
        if (!Xml.children(response, SAML2, "Assertion").isEmpty()) {
            throw new SamlRejected(Reason.PLAINTEXT_ASSERTION, "the Response carries an assertion in clear");
        }
        // Defence in depth: what is used is the verified Response's assertion, but an answer that carries anything
        // more (another Response, another assertion, wherever in it) is not what the node sends: refused whole.
        requireExactlyOne(artifactResponse, "Response");
        requireExactlyOne(artifactResponse, "EncryptedAssertion");
        requireExactlyOne(artifactResponse, "Assertion", 0);
        Element assertion = decryption.decrypt(only(response, SAML2, "EncryptedAssertion"));
        return identity(assertion, expected);
    }

    private static NationalIdentity identity(Element assertion, Expectations expected) throws SamlRejected {
        requireIssuer(assertion, expected);
        String assertionId = attribute(assertion, "ID");

        Element subject = only(assertion, SAML2, "Subject");
        String nameId = only(subject, SAML2, "NameID").getTextContent().trim();
        Element confirmation = only(subject, SAML2, "SubjectConfirmation");
        requireEqual(Reason.MALFORMED, BEARER, confirmation.getAttribute("Method"), "not a bearer confirmation");
        Element confirmationData = only(confirmation, SAML2, "SubjectConfirmationData");
        requireEqual(Reason.WRONG_IN_RESPONSE_TO, expected.authnRequestId(),
                confirmationData.getAttribute("InResponseTo"), "the assertion answers another AuthnRequest");
        requireEqual(Reason.WRONG_AUDIENCE, expected.acsUrl(), confirmationData.getAttribute("Recipient"),
                "the assertion is for another address");
        Instant confirmationEnd = instant(confirmationData, "NotOnOrAfter");
        requireBefore(expected, confirmationEnd);

        Element conditions = only(assertion, SAML2, "Conditions");
        Instant notBefore = instant(conditions, "NotBefore");
        Instant notOnOrAfter = instant(conditions, "NotOnOrAfter");
        if (expected.now().plus(expected.clockSkew()).isBefore(notBefore)) {
            throw new SamlRejected(Reason.OUTSIDE_VALIDITY, "the assertion is not valid yet");
        }
        requireBefore(expected, notOnOrAfter);
        List<String> audiences = Xml.children(only(conditions, SAML2, "AudienceRestriction"), SAML2, "Audience")
                .stream().map(audience -> audience.getTextContent().trim()).toList();
        if (!audiences.equals(List.of(expected.serviceEntityId()))) {
            throw new SamlRejected(Reason.WRONG_AUDIENCE, "the assertion is for another service");
        }

        Element authn = only(assertion, SAML2, "AuthnStatement");
        String levelUri = only(only(authn, SAML2, "AuthnContext"), SAML2, "AuthnContextClassRef").getTextContent()
                .trim();
        LevelOfAssurance level = LevelOfAssurance.ofUri(levelUri)
                .orElseThrow(() -> new SamlRejected(Reason.LEVEL_TOO_LOW, "unknown level " + levelUri));
        if (!level.satisfies(expected.minimumLevel())) {
            throw new SamlRejected(Reason.LEVEL_TOO_LOW, level + " is below " + expected.minimumLevel());
        }

        Element attributes = only(assertion, SAML2, "AttributeStatement");
        String pesel = value(attributes, "PersonIdentifier");
        if (!Pesel.isValid(pesel)) {
            throw new SamlRejected(Reason.BAD_ATTRIBUTE, "PersonIdentifier is not a valid PESEL");
        }
        Pesel person = Pesel.of(pesel);
        return new NationalIdentity(nameId, authn.getAttribute("SessionIndex"), assertionId,
                confirmationEnd.isBefore(notOnOrAfter) ? confirmationEnd : notOnOrAfter, level,
                value(attributes, "CurrentGivenName"), value(attributes, "CurrentFamilyName"),
                dateOfBirth(attributes, person), person);
    }

    private static void requireSuccess(Element message) throws SamlRejected {
        Element status = only(only(message, SAMLP, "Status"), SAMLP, "StatusCode");
        if (SUCCESS.equals(status.getAttribute("Value"))) {
            return;
        }
        String detail = Xml.children(status, SAMLP, "StatusCode").stream().map(inner -> inner.getAttribute("Value"))
                .findFirst().orElse(status.getAttribute("Value"));
        boolean cancelled = detail.toLowerCase(java.util.Locale.ROOT).contains("cancel");
        throw new SamlRejected(cancelled ? Reason.CANCELLED : Reason.NOT_AUTHENTICATED,
                message.getLocalName() + " status " + detail.substring(detail.lastIndexOf(':') + 1));
    }

    private static void requireIssuer(Element message, Expectations expected) throws SamlRejected {
        requireEqual(Reason.WRONG_ISSUER, expected.nodeIssuer(), only(message, SAML2, "Issuer").getTextContent().trim(),
                message.getLocalName() + " issued by another party");
    }

    private static void requireBefore(Expectations expected, Instant notOnOrAfter) throws SamlRejected {
        if (!expected.now().minus(expected.clockSkew()).isBefore(notOnOrAfter)) {
            throw new SamlRejected(Reason.OUTSIDE_VALIDITY, "the assertion has expired");
        }
    }

    private static void requireEqual(Reason reason, String expected, String actual, String what) throws SamlRejected {
        if (!expected.equals(actual)) {
            throw new SamlRejected(reason, what);
        }
    }

    private static void requireElement(Element element, String namespace, String localName) throws SamlRejected {
        if (!namespace.equals(element.getNamespaceURI()) || !localName.equals(element.getLocalName())) {
            throw new SamlRejected(Reason.MALFORMED, "expected " + localName + ", got " + element.getLocalName());
        }
    }

    private static Instant instant(Element element, String attributeName) throws SamlRejected {
        try {
            return Instant.parse(attribute(element, attributeName));
        } catch (DateTimeParseException e) {
            throw new SamlRejected(Reason.MALFORMED, attributeName + " is not a time");
        }
    }

    private static String value(Element attributeStatement, String name) throws SamlRejected {
        List<Element> matching = Xml.children(attributeStatement, SAML2, "Attribute").stream()
                .filter(attribute -> (ATTRIBUTES + name).equals(attribute.getAttribute("Name"))).toList();
        if (matching.size() != 1) {
            throw new SamlRejected(Reason.BAD_ATTRIBUTE, "attribute " + name + " missing or repeated");
        }
        String value = only(matching.get(0), SAML2, "AttributeValue").getTextContent().trim();
        if (value.isEmpty()) {
            throw new SamlRejected(Reason.BAD_ATTRIBUTE, "attribute " + name + " empty");
        }
        return value;
    }

    /**
     * The node writes dates of birth with a zone suffix ({@code 1987-02-22Z}); the date is what counts. Some identities
     * come without one; the PESEL then tells it.
     */
    private static LocalDate dateOfBirth(Element attributes, Pesel pesel) throws SamlRejected {
        boolean present = Xml.children(attributes, SAML2, "Attribute").stream()
                .anyMatch(attribute -> (ATTRIBUTES + "DateOfBirth").equals(attribute.getAttribute("Name")));
        if (!present) {
            return pesel.birthDate();
        }
        String value = value(attributes, "DateOfBirth");
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new SamlRejected(Reason.BAD_ATTRIBUTE, "DateOfBirth is not a date");
        }
    }
}
