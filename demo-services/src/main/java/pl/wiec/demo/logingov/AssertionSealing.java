package pl.wiec.demo.logingov;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an assertion for the service as the node does: a fresh ephemeral P-256 key for ECDH-ES, the node's ConcatKDF
 * whose AlgorithmID, PartyUInfo and PartyVInfo are hex of length-prefixed values, AES-256 key wrap, and AES-GCM (IV,
 * ciphertext, tag) under a 256-bit content key, or a 128-bit one as production was once seen to send. {@link Options}
 * bend it the ways a faulty or hostile node would; Wiec's unit tests use it too.
 */
public final class AssertionSealing {

    public static final String KW_AES256 = "http://www.w3.org/2001/04/xmlenc#kw-aes256";
    public static final String AES256_GCM = "http://www.w3.org/2009/xmlenc11#aes256-gcm";
    public static final String P256 = "urn:oid:1.2.840.10045.3.1.7";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How the sealing deviates from the profile; the defaults follow it. */
    public static final class Options {
        int contentKeyBytes = 32;
        String dataAlgorithm = AES256_GCM;
        String curve = P256;
        byte[] ephemeralPoint;
        boolean tamper;
        boolean keyBesideData;

        public Options contentKeyBytes(int bytes) {
            contentKeyBytes = bytes;
            return this;
        }

        public Options dataAlgorithm(String uri) {
            dataAlgorithm = uri;
            return this;
        }

        public Options curve(String uri) {
            curve = uri;
            return this;
        }

        /** Announces this point as the ephemeral key instead of the one really used. */
        public Options ephemeralPoint(byte[] point) {
            ephemeralPoint = point;
            return this;
        }

        /** Flips one bit of the ciphertext after sealing. */
        public Options tamper() {
            tamper = true;
            return this;
        }

        /** Puts the EncryptedKey beside the EncryptedData instead of inside its KeyInfo (both are allowed). */
        public Options keyBesideData() {
            keyBesideData = true;
            return this;
        }
    }

    private AssertionSealing() {
    }

    public static String seal(String assertionXml, ECPublicKey service, String nodeIssuer, String partyV,
            Options options) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ephemeral = generator.generateKeyPair();
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(ephemeral.getPrivate());
        ecdh.doPhase(service, true);
        byte[] z = ecdh.generateSecret();

        String algorithmId = prefixedHex(KW_AES256);
        String partyU = prefixedHex(nodeIssuer);
        String partyVHex = prefixedHex(partyV);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[] { 0, 0, 0, 1 });
        sha256.update(z);
        sha256.update(HexFormat.of().parseHex(algorithmId + partyU + partyVHex));
        byte[] kek = sha256.digest();

        byte[] contentKey = new byte[options.contentKeyBytes];
        RANDOM.nextBytes(contentKey);
        Cipher wrap = Cipher.getInstance("AESWrap");
        wrap.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
        byte[] wrapped = wrap.wrap(new SecretKeySpec(contentKey, "AES"));

        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = gcm.doFinal(assertionXml.getBytes(StandardCharsets.UTF_8));
        byte[] ivSealed = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        if (options.tamper) {
            ivSealed[20] ^= 0x01;
        }
        byte[] point = options.ephemeralPoint != null ? options.ephemeralPoint
                : point((ECPublicKey) ephemeral.getPublic());

        String encryptedKey = """
                <xenc:EncryptedKey xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\
                <xenc:EncryptionMethod Algorithm="%s"/>\
                <ds:KeyInfo><xenc:AgreementMethod Algorithm="http://www.w3.org/2009/xmlenc11#ECDH-ES">\
                <xenc11:KeyDerivationMethod xmlns:xenc11="http://www.w3.org/2009/xmlenc11#" Algorithm="http://www.w3.org/2009/xmlenc11#ConcatKDF">\
                <xenc11:ConcatKDFParams AlgorithmID="%s" PartyUInfo="%s" PartyVInfo="%s">\
                <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/></xenc11:ConcatKDFParams>\
                </xenc11:KeyDerivationMethod><xenc:OriginatorKeyInfo><ds:KeyValue>\
                <dsig11:ECKeyValue xmlns:dsig11="http://www.w3.org/2009/xmldsig11#">\
                <dsig11:NamedCurve URI="%s"/><dsig11:PublicKey>%s</dsig11:PublicKey>\
                </dsig11:ECKeyValue></ds:KeyValue></xenc:OriginatorKeyInfo></xenc:AgreementMethod></ds:KeyInfo>\
                <xenc:CipherData><xenc:CipherValue>%s</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey>"""
                .formatted(KW_AES256, algorithmId.toUpperCase(), partyU.toUpperCase(), partyVHex.toUpperCase(),
                        options.curve, Base64.getEncoder().encodeToString(point),
                        Base64.getEncoder().encodeToString(wrapped));
        String encryptedData = """
                <xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" \
                Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="%s"/>%s\
                <xenc:CipherData><xenc:CipherValue>%s</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData>"""
                .formatted(options.dataAlgorithm,
                        options.keyBesideData ? "" : "<ds:KeyInfo>" + encryptedKey + "</ds:KeyInfo>",
                        Base64.getEncoder().encodeToString(ivSealed));
        return "<saml2:EncryptedAssertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">" + encryptedData
                + (options.keyBesideData ? encryptedKey : "") + "</saml2:EncryptedAssertion>";
    }

    public static String prefixedHex(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array());
    }

    public static byte[] point(ECPublicKey key) {
        ByteArrayOutputStream point = new ByteArrayOutputStream();
        point.write(0x04);
        point.writeBytes(coordinate(key.getW().getAffineX().toByteArray()));
        point.writeBytes(coordinate(key.getW().getAffineY().toByteArray()));
        return point.toByteArray();
    }

    private static byte[] coordinate(byte[] unsigned) {
        byte[] stripped = unsigned.length > 32 ? Arrays.copyOfRange(unsigned, unsigned.length - 32, unsigned.length)
                : unsigned;
        byte[] padded = new byte[32];
        System.arraycopy(stripped, 0, padded, 32 - stripped.length, stripped.length);
        return padded;
    }
}
