package pl.wiec.signin.saml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.List;

import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.ExcC14NParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Signs this service's requests to the node as the profile wants them: ECDSA-SHA256 (or RSA-SHA256 for an RSA key),
 * exclusive canonicalisation with the prefixes {@code ds saml2 saml2p xenc} inclusive, an enveloped signature placed
 * right after the Issuer, referring to the element's own ID, with the service certificate in KeyInfo.
 */
public final class SamlSigner {

    private static final List<String> INCLUSIVE_PREFIXES = List.of("ds", "saml2", "saml2p", "xenc");

    private final PrivateKey key;
    private final X509Certificate certificate;

    public SamlSigner(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    public void sign(Element element) {
        try {
            element.setIdAttributeNS(null, "ID", true);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference("#" + element.getAttribute("ID"),
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE,
                                    new ExcC14NParameterSpec(INCLUSIVE_PREFIXES))),
                    null, null);
            SignedInfo info = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(
                            key instanceof ECPrivateKey ? SignatureMethod.ECDSA_SHA256 : SignatureMethod.RSA_SHA256,
                            null),
                    List.of(reference));
            KeyInfo keyInfo = null;
            if (certificate != null) {
                KeyInfoFactory keys = factory.getKeyInfoFactory();
                keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
            }
            DOMSignContext context = new DOMSignContext(key, element, afterIssuer(element));
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(info, keyInfo).sign(context);
        } catch (java.security.GeneralSecurityException | javax.xml.crypto.MarshalException
                | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new IllegalStateException("The service key cannot sign", e);
        }
    }

    private static Node afterIssuer(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element candidate && "Issuer".equals(candidate.getLocalName())) {
                return candidate.getNextSibling();
            }
        }
        throw new IllegalArgumentException(element.getLocalName() + " has no Issuer to sign after");
    }
}
