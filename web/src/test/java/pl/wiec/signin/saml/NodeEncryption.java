package pl.wiec.signin.saml;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts an assertion the way the national node does (ECDH-ES with a fresh ephemeral key, the length-prefixed
 * ConcatKDF, AES key wrap, AES-GCM), written independently of the code under test, with knobs to misbehave.
 */
final class NodeEncryption {

    static final String NODE = "int.login.gov.pl";
    private static final SecureRandom RANDOM = new SecureRandom();

    ECPublicKey recipient;
    String partyV;
    int contentKeyBytes = 32;
    String dataAlgorithm = AssertionDecryption.AES256_GCM;
    String curve = AssertionDecryption.P256;
    byte[] ephemeralPointOverride;
    boolean flipCiphertextBit;
    boolean keyBesideData;

    NodeEncryption(ECPublicKey recipient, String partyV) {
        this.recipient = recipient;
        this.partyV = partyV;
    }

    String encryptedAssertion(String assertionXml) throws Exception {
        KeyPair ephemeral = TestKeys.p256();
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(ephemeral.getPrivate());
        ecdh.doPhase(recipient, true);
        byte[] z = ecdh.generateSecret();

        String algorithmId = prefixed(AssertionDecryption.KW_AES256);
        String partyU = prefixed(NODE);
        String partyVHex = prefixed(partyV);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[] { 0, 0, 0, 1 });
        sha256.update(z);
        sha256.update(HexFormat.of().parseHex(algorithmId + partyU + partyVHex));
        byte[] kek = sha256.digest();

        byte[] contentKey = new byte[contentKeyBytes];
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
        if (flipCiphertextBit) {
            ivSealed[20] ^= 0x01;
        }

        byte[] point = ephemeralPointOverride != null ? ephemeralPointOverride
                : uncompressed((ECPublicKey) ephemeral.getPublic());
        String encryptedKey = """
                <xenc:EncryptedKey xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                <xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#kw-aes256"/>
                <ds:KeyInfo><xenc:AgreementMethod Algorithm="http://www.w3.org/2009/xmlenc11#ECDH-ES">
                <xenc11:KeyDerivationMethod xmlns:xenc11="http://www.w3.org/2009/xmlenc11#" Algorithm="http://www.w3.org/2009/xmlenc11#ConcatKDF">
                <xenc11:ConcatKDFParams AlgorithmID="%s" PartyUInfo="%s" PartyVInfo="%s">
                <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/></xenc11:ConcatKDFParams>
                </xenc11:KeyDerivationMethod>
                <xenc:OriginatorKeyInfo><ds:KeyValue><dsig11:ECKeyValue xmlns:dsig11="http://www.w3.org/2009/xmldsig11#">
                <dsig11:NamedCurve URI="%s"/><dsig11:PublicKey>%s</dsig11:PublicKey></dsig11:ECKeyValue></ds:KeyValue>
                </xenc:OriginatorKeyInfo></xenc:AgreementMethod></ds:KeyInfo>
                <xenc:CipherData><xenc:CipherValue>%s</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey>
                """
                .formatted(algorithmId.toUpperCase(), partyU.toUpperCase(), partyVHex.toUpperCase(), curve,
                        Base64.getEncoder().encodeToString(point), Base64.getEncoder().encodeToString(wrapped));
        String encryptedData = """
                <xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                 Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="%s"/>%s
                <xenc:CipherData><xenc:CipherValue>%s</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData>
                """
                .formatted(dataAlgorithm, keyBesideData ? "" : "<ds:KeyInfo>" + encryptedKey + "</ds:KeyInfo>",
                        Base64.getEncoder().encodeToString(ivSealed));
        return "<saml2:EncryptedAssertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">" + encryptedData
                + (keyBesideData ? encryptedKey : "") + "</saml2:EncryptedAssertion>";
    }

    static String prefixed(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array());
    }

    static byte[] uncompressed(ECPublicKey key) {
        ByteArrayOutputStream point = new ByteArrayOutputStream();
        point.write(0x04);
        point.writeBytes(fixed(key.getW().getAffineX().toByteArray()));
        point.writeBytes(fixed(key.getW().getAffineY().toByteArray()));
        return point.toByteArray();
    }

    private static byte[] fixed(byte[] unsigned) {
        byte[] stripped = unsigned.length > 32 ? Arrays.copyOfRange(unsigned, unsigned.length - 32, unsigned.length)
                : unsigned;
        byte[] padded = new byte[32];
        System.arraycopy(stripped, 0, padded, 32 - stripped.length, stripped.length);
        return padded;
    }
}
