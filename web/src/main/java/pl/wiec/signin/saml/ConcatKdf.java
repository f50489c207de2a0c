package pl.wiec.signin.saml;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * The key derivation of XML Encryption 1.1's ConcatKDF (NIST SP 800-56A, single-step, SHA-256), as the national node
 * uses it. Its quirk: {@code AlgorithmID}, {@code PartyUInfo} and {@code PartyVInfo} are hex strings whose bytes
 * already start with a 4-byte big-endian length, and the KDF's OtherInfo is their plain concatenation. Santuario reads
 * the first byte as a count of padding bits and derives another key, so Wiec derives it here with the JDK.
 */
public final class ConcatKdf {

    private final byte[] otherInfo;
    private final String partyV;

    private ConcatKdf(byte[] otherInfo, String partyV) {
        this.otherInfo = otherInfo;
        this.partyV = partyV;
    }

    /** Reads the three parameters as the node writes them; each must be a length-prefixed value. */
    public static ConcatKdf of(String algorithmIdHex, String partyUHex, String partyVHex) throws SamlRejected {
        byte[] algorithmId = lengthPrefixed("AlgorithmID", algorithmIdHex);
        byte[] partyU = lengthPrefixed("PartyUInfo", partyUHex);
        byte[] partyV = lengthPrefixed("PartyVInfo", partyVHex);
        ByteArrayOutputStream otherInfo = new ByteArrayOutputStream();
        otherInfo.writeBytes(algorithmId);
        otherInfo.writeBytes(partyU);
        otherInfo.writeBytes(partyV);
        return new ConcatKdf(otherInfo.toByteArray(),
                new String(partyV, Integer.BYTES, partyV.length - Integer.BYTES, StandardCharsets.UTF_8));
    }

    /** The party the key was agreed for: must be this service's entity ID. */
    public String partyV() {
        return partyV;
    }

    /** Derives {@code keyBytes} of key material from the shared secret Z. */
    public byte[] derive(byte[] sharedSecret, int keyBytes) {
        MessageDigest sha256 = sha256();
        ByteArrayOutputStream derived = new ByteArrayOutputStream();
        for (int counter = 1; derived.size() < keyBytes; counter++) {
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(counter).array());
            sha256.update(sharedSecret);
            sha256.update(otherInfo);
            derived.writeBytes(sha256.digest());
        }
        return Arrays.copyOf(derived.toByteArray(), keyBytes);
    }

    private static byte[] lengthPrefixed(String name, String hex) throws SamlRejected {
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(hex == null ? "" : hex.trim());
        } catch (IllegalArgumentException e) {
            throw new SamlRejected(Reason.MALFORMED, name + " is not hex");
        }
        if (bytes.length < Integer.BYTES || ByteBuffer.wrap(bytes).getInt() != bytes.length - Integer.BYTES) {
            throw new SamlRejected(Reason.MALFORMED, name + " is not a length-prefixed value");
        }
        return bytes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
