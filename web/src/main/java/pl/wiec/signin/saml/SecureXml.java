package pl.wiec.signin.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * Parses XML that arrives from outside (SAML messages, decrypted assertions) so that it can do no harm: namespace
 * aware, no DOCTYPE at all (so no entity expansion and no external entities), no XInclude, and a size limit far above
 * any real message. Whitespace is kept as received, because signatures cover it.
 */
public final class SecureXml {

    /** Real login.gov.pl messages are a few kilobytes; anything this large is not one of them. */
    public static final int MAX_BYTES = 256 * 1024;

    private SecureXml() {
    }

    public static Document parse(byte[] xml) throws SamlRejected {
        if (xml == null || xml.length == 0) {
            throw new SamlRejected(Reason.MALFORMED, "empty message");
        }
        if (xml.length > MAX_BYTES) {
            throw new SamlRejected(Reason.MALFORMED, "message of " + xml.length + " bytes exceeds " + MAX_BYTES);
        }
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new SamlRejected(Reason.MALFORMED, "not acceptable XML", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
