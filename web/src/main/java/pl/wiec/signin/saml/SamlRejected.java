package pl.wiec.signin.saml;

/**
 * A message from the national login node that Wiec refuses. The reason is safe to log (it never carries personal data
 * or message content); the person is shown a message chosen by the reason.
 */
public class SamlRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a message was refused; each reason is a check of the protocol profile. */
    public enum Reason {
        /** Not well-formed XML, a DTD, too large, or not of the expected shape. */
        MALFORMED,
        /** An algorithm, transform or curve outside the allow-list. */
        ALGORITHM_NOT_ALLOWED,
        /** The assertion cannot be decrypted with this service's key, or its ciphertext was altered. */
        DECRYPTION_FAILED,
        /** The key agreement names another service than this one (PartyVInfo). */
        WRONG_RECIPIENT_PARTY,
        /** No signature, a signature by another key than the node's pinned one, or one that does not match. */
        SIGNATURE_INVALID,
        /** A signature that does not cover exactly the element it belongs to (a signature-wrapping attempt). */
        SIGNATURE_SCOPE,
        /** The person cancelled at the node. */
        CANCELLED,
        /** The node did not authenticate the person (AuthnFailed, RequestDenied...). */
        NOT_AUTHENTICATED,
        /** The message answers another request than the one this service sent. */
        WRONG_IN_RESPONSE_TO,
        /** Issued by someone else than the configured node. */
        WRONG_ISSUER,
        /** Meant for another service (Audience) or another address (Recipient). */
        WRONG_AUDIENCE,
        /** Outside its validity period, allowing for the configured clock skew. */
        OUTSIDE_VALIDITY,
        /** A lower level of assurance than this service asked for. */
        LEVEL_TOO_LOW,
        /** An assertion in clear instead of encrypted. */
        PLAINTEXT_ASSERTION,
        /** A required attribute is missing or not acceptable (e.g. a PESEL with a wrong check digit). */
        BAD_ATTRIBUTE,
        /** An artifact, request ID or assertion ID that was already used once. */
        REPLAYED,
        /** An answer to no pending request of this service: unknown, expired or already answered RelayState. */
        UNKNOWN_REQUEST,
        /** The answer came to another browser than the one that started the sign-in (no binding cookie). */
        OTHER_BROWSER,
        /** The node did not answer the ArtifactResolve (network fault, timeout, HTTP error). */
        NODE_UNREACHABLE
    }

    private final Reason reason;

    public SamlRejected(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public SamlRejected(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
