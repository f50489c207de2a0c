package pl.wiec.signin.saml;

import static pl.wiec.signin.saml.Xml.DS;
import static pl.wiec.signin.saml.Xml.DSIG11;
import static pl.wiec.signin.saml.Xml.SAML2;
import static pl.wiec.signin.saml.Xml.XENC;
import static pl.wiec.signin.saml.Xml.XENC11;
import static pl.wiec.signin.saml.Xml.attribute;
import static pl.wiec.signin.saml.Xml.only;
import static pl.wiec.signin.saml.Xml.requireAlgorithm;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.w3c.dom.Element;

import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * Decrypts the {@code saml2:EncryptedAssertion} of a verified login.gov.pl Response with this service's EC P-256 key:
 * ECDH-ES with the node's ephemeral key, the node's ConcatKDF ({@link ConcatKdf}), AES key unwrap, then AES-GCM. Every
 * algorithm is checked against an allow-list before use, the ephemeral key must be a point of P-256, and the key
 * agreement must name this service (PartyVInfo). The caller passes only the EncryptedAssertion that is a child of the
 * Response whose signature it verified: this class never searches a document for one.
 */
public final class AssertionDecryption {

    static final String AES256_GCM = "http://www.w3.org/2009/xmlenc11#aes256-gcm";
    static final String AES128_GCM = "http://www.w3.org/2009/xmlenc11#aes128-gcm";
    static final String KW_AES256 = "http://www.w3.org/2001/04/xmlenc#kw-aes256";
    static final String KW_AES128 = "http://www.w3.org/2001/04/xmlenc#kw-aes128";
    static final String ECDH_ES = "http://www.w3.org/2009/xmlenc11#ECDH-ES";
    static final String CONCAT_KDF = "http://www.w3.org/2009/xmlenc11#ConcatKDF";
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    static final String P256 = "urn:oid:1.2.840.10045.3.1.7";
    private static final int GCM_IV_BYTES = 12;
    private static final int GCM_TAG_BITS = 128;

    private final ECPrivateKey serviceKey;
    private final String serviceEntityId;

    public AssertionDecryption(ECPrivateKey serviceKey, String serviceEntityId) {
        this.serviceKey = serviceKey;
        this.serviceEntityId = serviceEntityId;
    }

    /** The decrypted {@code saml2:Assertion}, parsed as securely as the message itself. */
    public Element decrypt(Element encryptedAssertion) throws SamlRejected {
        Element encryptedData = only(encryptedAssertion, XENC, "EncryptedData");
        requireAlgorithm(only(encryptedData, XENC, "EncryptionMethod"), AES256_GCM, AES128_GCM);
        Element encryptedKey = encryptedKey(encryptedAssertion, encryptedData);
        Element wrapMethod = only(encryptedKey, XENC, "EncryptionMethod");
        requireAlgorithm(wrapMethod, KW_AES256, KW_AES128);
        int kekBytes = KW_AES256.equals(wrapMethod.getAttribute("Algorithm")) ? 32 : 16;

        Element agreement = only(only(encryptedKey, DS, "KeyInfo"), XENC, "AgreementMethod");
        requireAlgorithm(agreement, ECDH_ES);
        Element derivation = only(agreement, XENC11, "KeyDerivationMethod");
        requireAlgorithm(derivation, CONCAT_KDF);
        Element params = only(derivation, XENC11, "ConcatKDFParams");
        requireAlgorithm(only(params, DS, "DigestMethod"), SHA256);
        ConcatKdf kdf = ConcatKdf.of(attribute(params, "AlgorithmID"), attribute(params, "PartyUInfo"),
                attribute(params, "PartyVInfo"));
        if (!serviceEntityId.equals(kdf.partyV())) {
            throw new SamlRejected(Reason.WRONG_RECIPIENT_PARTY, "the key was agreed for another service");
        }

        ECPublicKey ephemeral = ephemeralKey(only(agreement, XENC, "OriginatorKeyInfo"));
        byte[] kek = kdf.derive(sharedSecret(ephemeral), kekBytes);
        Key contentKey = unwrap(kek, cipherValue(encryptedKey));
        byte[] assertion = gcmDecrypt(contentKey, cipherValue(encryptedData));
        Element decrypted = SecureXml.parse(assertion).getDocumentElement();
        if (!SAML2.equals(decrypted.getNamespaceURI()) || !"Assertion".equals(decrypted.getLocalName())) {
            throw new SamlRejected(Reason.MALFORMED, "the encrypted element is not an Assertion");
        }
        return decrypted;
    }

    /** The EncryptedKey, inside EncryptedData's KeyInfo or beside EncryptedData; exactly one either way. */
    private static Element encryptedKey(Element encryptedAssertion, Element encryptedData) throws SamlRejected {
        List<Element> inside = Xml.children(encryptedData, DS, "KeyInfo").stream()
                .flatMap(keyInfo -> Xml.children(keyInfo, XENC, "EncryptedKey").stream()).toList();
        List<Element> beside = Xml.children(encryptedAssertion, XENC, "EncryptedKey");
        if (inside.size() + beside.size() != 1) {
            throw new SamlRejected(Reason.MALFORMED, "expected exactly one EncryptedKey");
        }
        return inside.isEmpty() ? beside.get(0) : inside.get(0);
    }

    private static ECPublicKey ephemeralKey(Element originatorKeyInfo) throws SamlRejected {
        Element ecKeyValue = only(only(originatorKeyInfo, DS, "KeyValue"), DSIG11, "ECKeyValue");
        if (!P256.equals(attribute(only(ecKeyValue, DSIG11, "NamedCurve"), "URI"))) {
            throw new SamlRejected(Reason.ALGORITHM_NOT_ALLOWED, "ephemeral key not on P-256");
        }
        byte[] point = base64(only(ecKeyValue, DSIG11, "PublicKey"));
        if (point.length != 65 || point[0] != 0x04) {
            throw new SamlRejected(Reason.MALFORMED, "ephemeral key is not an uncompressed P-256 point");
        }
        ECParameterSpec p256 = p256();
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
        if (!onCurve(p256, x, y)) {
            throw new SamlRejected(Reason.MALFORMED, "ephemeral key is not a point of P-256");
        }
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), p256));
        } catch (GeneralSecurityException e) {
            throw new SamlRejected(Reason.MALFORMED, "ephemeral key unusable", e);
        }
    }

    /** y² = x³ + ax + b (mod p), with both coordinates in the field: refuses invalid-curve attacks. */
    static boolean onCurve(ECParameterSpec curve, BigInteger x, BigInteger y) {
        BigInteger p = ((ECFieldFp) curve.getCurve().getField()).getP();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = y.modPow(BigInteger.TWO, p);
        BigInteger right = x.pow(3).add(curve.getCurve().getA().multiply(x)).add(curve.getCurve().getB()).mod(p);
        return left.equals(right);
    }

    static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no P-256", e);
        }
    }

    private byte[] sharedSecret(ECPublicKey ephemeral) throws SamlRejected {
        try {
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(serviceKey);
            ecdh.doPhase(ephemeral, true);
            return ecdh.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new SamlRejected(Reason.DECRYPTION_FAILED, "key agreement failed", e);
        }
    }

    private static Key unwrap(byte[] kek, byte[] wrapped) throws SamlRejected {
        try {
            Cipher aesWrap = Cipher.getInstance("AESWrap");
            aesWrap.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
            Key contentKey = aesWrap.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
            int length = contentKey.getEncoded().length;
            if (length != 16 && length != 32) {
                throw new SamlRejected(Reason.DECRYPTION_FAILED, "content key of " + length + " bytes");
            }
            return contentKey;
        } catch (GeneralSecurityException e) {
            throw new SamlRejected(Reason.DECRYPTION_FAILED, "the content key does not unwrap with this service's key",
                    e);
        }
    }

    private static byte[] gcmDecrypt(Key contentKey, byte[] ivCiphertextTag) throws SamlRejected {
        if (ivCiphertextTag.length <= GCM_IV_BYTES + GCM_TAG_BITS / 8) {
            throw new SamlRejected(Reason.MALFORMED, "ciphertext too short");
        }
        try {
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, contentKey,
                    new GCMParameterSpec(GCM_TAG_BITS, ivCiphertextTag, 0, GCM_IV_BYTES));
            return gcm.doFinal(ivCiphertextTag, GCM_IV_BYTES, ivCiphertextTag.length - GCM_IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SamlRejected(Reason.DECRYPTION_FAILED, "the assertion was altered or not encrypted for this key",
                    e);
        }
    }

    private static byte[] cipherValue(Element encrypted) throws SamlRejected {
        return base64(only(only(encrypted, XENC, "CipherData"), XENC, "CipherValue"));
    }

    private static byte[] base64(Element element) throws SamlRejected {
        try {
            return Base64.getMimeDecoder().decode(element.getTextContent().trim());
        } catch (IllegalArgumentException e) {
            throw new SamlRejected(Reason.MALFORMED, element.getLocalName() + " is not base64");
        }
    }
}
