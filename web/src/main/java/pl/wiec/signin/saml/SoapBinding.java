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
        Element envelope = SecureXml.parse(soap).getDocumentElement();
        if (!SOAP11.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new SamlRejected(Reason.MALFORMED, "not a SOAP 1.1 envelope");
        }
        Element body = only(envelope, SOAP11, "Body");
        if (!Xml.children(body, SOAP11, "Fault").isEmpty()) {
            throw new SamlRejected(Reason.MALFORMED, "the node answered with a SOAP fault");
        }
        return only(body, ArtifactResponseValidation.SAMLP, "ArtifactResponse");
    }
}
