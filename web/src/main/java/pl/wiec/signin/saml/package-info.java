/**
 * The SAML 2.0 messages of the national login (login.gov.pl, eIDAS profile), written on the JDK's XML Signature and
 * JCE: the service's signed AuthnRequest and ArtifactResolve ({@link pl.wiec.signin.saml.ServiceRequests}), and every
 * check of the node's answer ({@link pl.wiec.signin.saml.ArtifactResponseValidation}): pinned-key signatures that cover
 * exactly their element, decryption of the one EncryptedAssertion of the verified Response with the node's
 * length-prefixed ConcatKDF, status, InResponseTo, issuer, audience, recipient, validity and level of assurance.
 *
 * <p>
 * Everything that arrives is parsed by {@link pl.wiec.signin.saml.SecureXml} (no DTD, size limit). Refusals carry a
 * {@link pl.wiec.signin.saml.SamlRejected.Reason} that is safe to log and chooses what the person is told; a decrypted
 * assertion or a PESEL is never logged. The HTTP endpoints, the single-use state keyed by RelayState and the resident
 * session are built on these classes (issue 3, in progress).
 */
package pl.wiec.signin.saml;
