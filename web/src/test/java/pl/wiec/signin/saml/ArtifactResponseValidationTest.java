package pl.wiec.signin.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.signin.saml.ArtifactResponseValidation.Expectations;
import pl.wiec.signin.saml.SamlRejected.Reason;

class ArtifactResponseValidationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private KeyPair node;
    private KeyPair service;
    private NodeAnswer answer;
    private LevelOfAssurance asked = LevelOfAssurance.SUBSTANTIAL;

    @BeforeEach
    void setUp() throws Exception {
        node = ecKey();
        service = ecKey();
        answer = new NodeAnswer(node, (ECPublicKey) service.getPublic(), NOW);
    }

    private static KeyPair ecKey() throws Exception {
        return TestKeys.p256();
    }

    private NationalIdentity validate() throws Exception {
        return new ArtifactResponseValidation(new SignatureVerification(node.getPublic()),
                new AssertionDecryption((ECPrivateKey) service.getPrivate(), NodeAnswer.SERVICE))
                        .validate(answer.document().getDocumentElement(),
                                new Expectations(NodeAnswer.ARTIFACT_RESOLVE, NodeAnswer.AUTHN_REQUEST,
                                        NodeAnswer.SERVICE, NodeAnswer.ACS, NodeEncryption.NODE, asked, NOW,
                                        Duration.ofMinutes(2)));
    }

    private Reason refusal() {
        return assertThrows(SamlRejected.class, this::validate).reason();
    }

    @Test
    void aCorrectAnswerYieldsThePersonAsTheNodeVouchedForThem() throws Exception {
        NationalIdentity person = validate();
        assertEquals("Zofia", person.firstName());
        assertEquals("Wiśniewska-Żak", person.familyName());
        assertEquals(LocalDate.of(1987, 2, 22), person.dateOfBirth());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, person.level());
        assertEquals("_assertion-1", person.assertionId());
        assertEquals("sess-7", person.sessionIndex());
        assertFalse(person.toString().contains("87022212345"), "a PESEL never shows in logs");
    }

    @Test
    void aHigherLevelThanAskedIsFineALowerOneIsNot() throws Exception {
        answer.level = LevelOfAssurance.HIGH.uri();
        assertEquals(LevelOfAssurance.HIGH, validate().level());
        answer.level = LevelOfAssurance.LOW.uri();
        assertEquals(Reason.LEVEL_TOO_LOW, refusal());
    }

    @Test
    void failedAndCancelledSignInsAreToldApartAndTheirAssertionIsNeverOpened() {
        answer.status = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        answer.innerStatus = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
        assertEquals(Reason.NOT_AUTHENTICATED, refusal());
        answer.innerStatus = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied/cancel";
        assertEquals(Reason.CANCELLED, refusal());
    }

    @Test
    void bothSignaturesMustBeTheNodes() throws Exception {
        answer.innerSigner = ecKey();
        assertEquals(Reason.SIGNATURE_INVALID, refusal());
        answer.innerSigner = null;
        assertEquals(Reason.SIGNATURE_INVALID, refusal());
        answer.innerSigner = node;
        answer.outerSigner = ecKey();
        assertEquals(Reason.SIGNATURE_INVALID, refusal());
    }

    @Test
    void everyInResponseToMustBeOurs() {
        answer.artifactInResponseTo = "_someone-else";
        assertEquals(Reason.WRONG_IN_RESPONSE_TO, refusal());
        answer.artifactInResponseTo = NodeAnswer.ARTIFACT_RESOLVE;
        answer.responseInResponseTo = "_someone-else";
        assertEquals(Reason.WRONG_IN_RESPONSE_TO, refusal());
        answer.responseInResponseTo = NodeAnswer.AUTHN_REQUEST;
        answer.confirmationInResponseTo = "_someone-else";
        assertEquals(Reason.WRONG_IN_RESPONSE_TO, refusal());
    }

    @Test
    void anotherIssuerAudienceOrRecipientIsRefused() {
        answer.issuer = "evil.example";
        assertEquals(Reason.WRONG_ISSUER, refusal());
        answer.issuer = NodeEncryption.NODE;
        answer.audience = "https://other-gmina.example/saml";
        assertEquals(Reason.WRONG_AUDIENCE, refusal());
        answer.audience = NodeAnswer.SERVICE;
        answer.recipient = "https://other-gmina.example/login/acs";
        assertEquals(Reason.WRONG_AUDIENCE, refusal());
    }

    @Test
    void expiredAndNotYetValidAssertionsAreRefusedBeyondTheClockSkew() throws Exception {
        answer.notBefore = NOW.minusSeconds(600);
        answer.notOnOrAfter = NOW.minusSeconds(150);
        assertEquals(Reason.OUTSIDE_VALIDITY, refusal());
        answer.notOnOrAfter = NOW.minusSeconds(60);
        assertEquals(LevelOfAssurance.SUBSTANTIAL, validate().level(), "one minute late is within the skew");
        answer.notBefore = NOW.plusSeconds(180);
        answer.notOnOrAfter = NOW.plusSeconds(600);
        assertEquals(Reason.OUTSIDE_VALIDITY, refusal());
    }

    @Test
    void anAssertionInClearIsRefused() {
        answer.plaintextAssertion = true;
        assertEquals(Reason.PLAINTEXT_ASSERTION, refusal());
    }

    @Test
    void aMissingNameOrAWrongPeselIsRefusedAMissingDateOfBirthComesFromThePesel() throws Exception {
        answer.withDateOfBirth = false;
        assertEquals(LocalDate.of(1987, 2, 22), validate().dateOfBirth());
        answer.withFirstName = false;
        assertEquals(Reason.BAD_ATTRIBUTE, refusal());
        answer.withFirstName = true;
        answer.pesel = "87022212346";
        assertEquals(Reason.BAD_ATTRIBUTE, refusal());
    }
}
