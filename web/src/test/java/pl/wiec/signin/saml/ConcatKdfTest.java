package pl.wiec.signin.saml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ConcatKdfTest {

    private static final String KW_AES256 = "0000002A687474703A2F2F7777772E77332E6F72672F323030312F30342F786D6C656E63236B772D616573323536";

    @Test
    void theAlgorithmIdOfTheReferenceIsTheLengthPrefixedKeyWrapUri() throws Exception {
        assertEquals(KW_AES256.toLowerCase(), NodeEncryption.prefixed(AssertionDecryption.KW_AES256));
    }

    @Test
    void derivesSha256OfCounterSecretAndThePlainConcatenationOfTheParameters() throws Exception {
        byte[] z = HexFormat.of().parseHex("0102030405060708091011121314151617181920212223242526272829303132");
        String partyU = NodeEncryption.prefixed("int.login.gov.pl");
        String partyV = NodeEncryption.prefixed("https://wiec.example/saml");
        ConcatKdf kdf = ConcatKdf.of(KW_AES256, partyU, partyV);

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(HexFormat.of().parseHex("00000001"));
        sha256.update(z);
        sha256.update(HexFormat.of().parseHex(KW_AES256 + partyU + partyV));
        byte[] expected = sha256.digest();

        assertArrayEquals(expected, kdf.derive(z, 32));
        assertArrayEquals(Arrays.copyOf(expected, 16), kdf.derive(z, 16));
        assertEquals("https://wiec.example/saml", kdf.partyV());
    }

    @Test
    void refusesParametersWithoutTheirLengthPrefix() {
        assertThrows(SamlRejected.class, () -> ConcatKdf.of("00" + KW_AES256.substring(8), "00", "00"));
        assertThrows(SamlRejected.class, () -> ConcatKdf.of("zz", "00", "00"));
    }
}
