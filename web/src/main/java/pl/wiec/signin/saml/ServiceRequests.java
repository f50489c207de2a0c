package pl.wiec.signin.saml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import pl.wiec.residents.entity.LevelOfAssurance;

/**
 * The two messages this service sends to login.gov.pl, signed: the AuthnRequest (HTTP-POST to the node's SSO address,
 * asking for the artifact binding, the eIDAS minimum data set and at least the configured level) and the
 * ArtifactResolve (in a SOAP 1.1 envelope). Values that come from configuration are escaped as XML text; the documents
 * are serialised exactly once, without re-indenting, after signing.
 */
public final class ServiceRequests {

    /** Who this service is, as registered at COI. */
    public record Service(String entityId, String providerName, String acsUrl) {
    }

    private final Service service;
    private final SamlSigner signer;

    public ServiceRequests(Service service, SamlSigner signer) {
        this.service = service;
        this.signer = signer;
    }

    public String authnRequest(String id, Instant now, String destination, LevelOfAssurance level) {
        String xml = """
                <saml2p:AuthnRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:eidas="http://eidas.europa.eu/saml-extensions" \
                ID="%s" Version="2.0" IssueInstant="%s" Destination="%s" AssertionConsumerServiceURL="%s" \
                ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" ForceAuthn="true" IsPassive="false" \
                ProviderName="%s"><saml2:Issuer>%s</saml2:Issuer><saml2p:Extensions><eidas:SPType>public</eidas:SPType>\
                <eidas:RequestedAttributes>%s%s%s%s</eidas:RequestedAttributes></saml2p:Extensions>\
                <saml2p:NameIDPolicy AllowCreate="true" Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"/>\
                <saml2p:RequestedAuthnContext Comparison="minimum"><saml2:AuthnContextClassRef>%s</saml2:AuthnContextClassRef>\
                </saml2p:RequestedAuthnContext></saml2p:AuthnRequest>"""
                .formatted(escape(id), instant(now), escape(destination), escape(service.acsUrl()),
                        escape(service.providerName()), escape(service.entityId()),
                        requested("FirstName", "CurrentGivenName"), requested("FamilyName", "CurrentFamilyName"),
                        requested("DateOfBirth", "DateOfBirth"), requested("PersonIdentifier", "PersonIdentifier"),
                        level.uri());
        return signed(xml);
    }

    public String artifactResolve(String id, Instant now, String destination, String artifact) {
        String xml = """
                <soap11:Envelope xmlns:soap11="http://schemas.xmlsoap.org/soap/envelope/"><soap11:Body>\
                <saml2p:ArtifactResolve xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="%s" Version="2.0" IssueInstant="%s" Destination="%s">\
                <saml2:Issuer>%s</saml2:Issuer><saml2p:Artifact>%s</saml2p:Artifact></saml2p:ArtifactResolve>\
                </soap11:Body></soap11:Envelope>"""
                .formatted(escape(id), instant(now), escape(destination), escape(service.entityId()), escape(artifact));
        return signed(xml);
    }

    /** A LogoutRequest for the person's session at the node, in a SOAP 1.1 envelope. */
    public String logoutRequest(String id, Instant now, String destination, String nameId, String sessionIndex) {
        String xml = """
                <soap11:Envelope xmlns:soap11="http://schemas.xmlsoap.org/soap/envelope/"><soap11:Body>\
                <saml2p:LogoutRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="%s" Version="2.0" IssueInstant="%s" Destination="%s">\
                <saml2:Issuer>%s</saml2:Issuer>\
                <saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">%s</saml2:NameID>\
                <saml2p:SessionIndex>%s</saml2p:SessionIndex></saml2p:LogoutRequest></soap11:Body></soap11:Envelope>"""
                .formatted(escape(id), instant(now), escape(destination), escape(service.entityId()), escape(nameId),
                        escape(sessionIndex));
        return signed(xml);
    }

    private String signed(String xml) {
        try {
            Document document = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
            Element root = document.getDocumentElement();
            Element toSign = "Envelope".equals(root.getLocalName())
                    ? (Element) root.getElementsByTagNameNS(ArtifactResponseValidation.SAMLP, "*").item(0) : root;
            signer.sign(toSign);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (SamlRejected | TransformerException e) {
            throw new IllegalStateException("A request of this service could not be built", e);
        }
    }

    private static String requested(String friendlyName, String name) {
        return "<eidas:RequestedAttribute FriendlyName=\"" + friendlyName
                + "\" Name=\"http://eidas.europa.eu/attributes/naturalperson/" + name
                + "\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\" isRequired=\"true\"/>";
    }

    private static String instant(Instant now) {
        return now.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'",
                "&apos;");
    }
}
