package pl.wiec.signin.saml;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import pl.wiec.signin.saml.SamlRejected.Reason;

/** Strict navigation of SAML DOM trees: a child that must be there exactly once, or the message is refused. */
final class Xml {

    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String DSIG11 = "http://www.w3.org/2009/xmldsig11#";

    private Xml() {
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Element only(Element parent, String namespace, String localName) throws SamlRejected {
        List<Element> found = children(parent, namespace, localName);
        if (found.size() != 1) {
            throw new SamlRejected(Reason.MALFORMED,
                    "expected exactly one " + localName + " in " + parent.getLocalName() + ", found " + found.size());
        }
        return found.get(0);
    }

    static String attribute(Element element, String name) throws SamlRejected {
        if (!element.hasAttribute(name)) {
            throw new SamlRejected(Reason.MALFORMED, element.getLocalName() + " has no " + name);
        }
        return element.getAttribute(name);
    }

    static void requireAlgorithm(Element element, String... allowed) throws SamlRejected {
        String algorithm = attribute(element, "Algorithm");
        for (String candidate : allowed) {
            if (candidate.equals(algorithm)) {
                return;
            }
        }
        throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, element.getLocalName() + " " + algorithm);
    }
}
