package pl.wiec.signin.saml;

import static pl.wiec.signin.saml.Xml.only;

import org.w3c.dom.Element;

import pl.wiec.signin.saml.SamlRejected.Reason;

/** Unpacks the node's SOAP 1.1 answer to an ArtifactResolve: one ArtifactResponse in the Body, or a refusal. */
public final class SoapBinding {

    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapBinding() {
    }

    public static Element artifactResponse(byte[] soap) throws SamlRejected {
        return bodyElement(soap, "ArtifactResponse");
    }

    /**
     * Whether the node confirmed a logout: a LogoutResponse answering {@code requestId}, signed by the node's pinned
     * key, with status Success.
     */
    public static boolean logoutConfirmed(byte[] soap, String requestId, SignatureVerification nodeSignature) {
        try {
            Element response = bodyElement(soap, "LogoutResponse");
            nodeSignature.verify(response);
            Element status = only(only(response, ArtifactResponseValidation.SAMLP, "Status"),
                    ArtifactResponseValidation.SAMLP, "StatusCode");
            return requestId.equals(response.getAttribute("InResponseTo"))
                    && ArtifactResponseValidation.SUCCESS.equals(status.getAttribute("Value"));
        } catch (SamlRejected e) {
            return false;
        }
    }

    private static Element bodyElement(byte[] soap, String localName) throws SamlRejected {
        Element envelope = SecureXml.parse(soap).getDocumentElement();
        if (!SOAP11.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new SamlRejected(Reason.MALFORMED, "not a SOAP 1.1 envelope");
        }
        Element body = only(envelope, SOAP11, "Body");
        if (!Xml.children(body, SOAP11, "Fault").isEmpty()) {
            throw new SamlRejected(Reason.MALFORMED, "the node answered with a SOAP fault");
        }
        return only(body, ArtifactResponseValidation.SAMLP, localName);
    }
}
