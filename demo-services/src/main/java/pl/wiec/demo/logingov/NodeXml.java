package pl.wiec.demo.logingov;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.Key;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The simulator's own XML handling (deliberately not Wiec's): parse safely, sign and verify as the node does. */
public final class NodeXml {

    static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private NodeXml() {
    }

    /** Parses safely and marks every {@code ID} attribute as an XML ID, as signing needs. */
    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("ID")) {
                element.setIdAttributeNS(null, "ID", true);
            }
        }
        return document;
    }

    static String serialize(Document document) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(document), new StreamResult(bytes));
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Enveloped ECDSA-SHA256 signature right after the Issuer, exclusive c14n, certificate in KeyInfo. */
    static void sign(Element element, PrivateKey key, X509Certificate certificate) throws Exception {
        sign(element, key, certificate, "#" + element.getAttribute("ID"), SignatureMethod.ECDSA_SHA256);
    }

    /** The same with any reference and signature method, as a faulty or hostile node might sign. */
    public static void sign(Element element, PrivateKey key, X509Certificate certificate, String referenceUri,
            String signatureMethod) throws Exception {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        Reference reference = factory.newReference(
                referenceUri, factory.newDigestMethod(DigestMethod.SHA256, null), List
                        .of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                                factory.newTransform(CanonicalizationMethod.EXCLUSIVE,
                                        new ExcC14NParameterSpec(List.of("ds", "saml2", "saml2p", "xenc")))),
                null, null);
        SignedInfo info = factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(signatureMethod, null), List.of(reference));
        KeyInfoFactory keys = factory.getKeyInfoFactory();
        Node next = child(element, SAML2, "Issuer").getNextSibling();
        DOMSignContext context = new DOMSignContext(key, element, next);
        context.setDefaultNamespacePrefix("ds");
        factory.newXMLSignature(info,
                certificate == null ? null : keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate)))))
                .sign(context);
    }

    /** True if the element carries a valid signature of the given key over itself. */
    static boolean verify(Element element, Key key) {
        try {
            Element signature = child(element, DS, "Signature");
            DOMValidateContext context = new DOMValidateContext(key, signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature xml = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            String uri = ((Reference) xml.getSignedInfo().getReferences().get(0)).getURI();
            return ("#" + element.getAttribute("ID")).equals(uri) && xml.validate(context);
        } catch (Exception e) {
            return false;
        }
    }

    static Element child(Element parent, String namespace, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new IllegalArgumentException(parent.getLocalName() + " has no " + localName);
    }

}
