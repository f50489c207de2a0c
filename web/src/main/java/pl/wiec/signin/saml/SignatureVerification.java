package pl.wiec.signin.saml;

import static pl.wiec.signin.saml.Xml.DS;

import java.security.PublicKey;
import java.util.List;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * Verifies the enveloped XML signature of one SAML element (ArtifactResponse, Response) against the node's pinned key,
 * never against a key or certificate carried in the message. Beyond the cryptography it checks the shape that
 * signature-wrapping attacks bend: the signature is a direct child of the element, it has exactly one Reference, that
 * Reference points at the element's own ID, the ID is unique in the document, and only the allowed algorithms and the
 * two expected transforms (enveloped, exclusive c14n) are used.
 */
public final class SignatureVerification {

    static final List<String> SIGNATURE_METHODS = List.of(SignatureMethod.ECDSA_SHA256, SignatureMethod.RSA_SHA256);
    private static final List<String> TRANSFORMS = List.of(Transform.ENVELOPED, CanonicalizationMethod.EXCLUSIVE);

    private final PublicKey pinnedKey;

    public SignatureVerification(PublicKey pinnedKey) {
        this.pinnedKey = pinnedKey;
    }

    public void verify(Element signed) throws SamlRejected {
        String id = signed.getAttribute("ID");
        if (id.isEmpty()) {
            throw new SamlRejected(Reason.SIGNATURE_SCOPE, signed.getLocalName() + " has no ID");
        }
        if (countIds(signed.getOwnerDocument().getDocumentElement(), id) != 1) {
            throw new SamlRejected(Reason.SIGNATURE_SCOPE, "the ID of " + signed.getLocalName() + " is not unique");
        }
        List<Element> signatures = Xml.children(signed, DS, "Signature");
        if (signatures.size() != 1) {
            throw new SamlRejected(Reason.SIGNATURE_INVALID,
                    signed.getLocalName() + " has " + signatures.size() + " signatures");
        }
        signed.setIdAttributeNS(null, "ID", true);
        DOMValidateContext context = new DOMValidateContext(pinnedKey, signatures.get(0));
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            checkShape(signature, id);
            if (!signature.validate(context)) {
                throw new SamlRejected(Reason.SIGNATURE_INVALID, signed.getLocalName() + " signature does not match");
            }
        } catch (MarshalException | XMLSignatureException e) {
            throw new SamlRejected(Reason.SIGNATURE_INVALID, signed.getLocalName() + " signature unusable", e);
        }
    }

    private static void checkShape(XMLSignature signature, String id) throws SamlRejected {
        var info = signature.getSignedInfo();
        if (!CanonicalizationMethod.EXCLUSIVE.equals(info.getCanonicalizationMethod().getAlgorithm())) {
            throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, info.getCanonicalizationMethod().getAlgorithm());
        }
        if (!SIGNATURE_METHODS.contains(info.getSignatureMethod().getAlgorithm())) {
            throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, info.getSignatureMethod().getAlgorithm());
        }
        List<?> references = info.getReferences();
        if (references.size() != 1) {
            throw new SamlRejected(Reason.SIGNATURE_SCOPE, references.size() + " references");
        }
        Reference reference = (Reference) references.get(0);
        if (!("#" + id).equals(reference.getURI())) {
            throw new SamlRejected(Reason.SIGNATURE_SCOPE, "the reference is not to the signed element");
        }
        if (!DigestMethod.SHA256.equals(reference.getDigestMethod().getAlgorithm())) {
            throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, reference.getDigestMethod().getAlgorithm());
        }
        List<String> transforms = reference.getTransforms().stream().map(t -> ((Transform) t).getAlgorithm()).toList();
        if (!TRANSFORMS.equals(transforms)) {
            throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, "transforms " + transforms);
        }
    }

    private static int countIds(Element element, String id) {
        int count = id.equals(element.getAttribute("ID")) ? 1 : 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                count += countIds(childElement, id);
            }
        }
        return count;
    }
}
