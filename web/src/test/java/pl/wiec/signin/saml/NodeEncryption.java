package pl.wiec.signin.saml;

import java.security.interfaces.ECPublicKey;

import pl.wiec.demo.logingov.AssertionSealing;

/** The node's encryption of an assertion for the service, played by the login.gov.pl simulator's code. */
final class NodeEncryption {

    static final String NODE = "int.login.gov.pl";

    ECPublicKey recipient;
    String partyV;
    final AssertionSealing.Options options = new AssertionSealing.Options();

    NodeEncryption(ECPublicKey recipient, String partyV) {
        this.recipient = recipient;
        this.partyV = partyV;
    }

    String encryptedAssertion(String assertionXml) throws Exception {
        return AssertionSealing.seal(assertionXml, recipient, NODE, partyV, options);
    }

    static String prefixed(String value) {
        return AssertionSealing.prefixedHex(value);
    }
}
