package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class LogoTest {

    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void theTypeComesFromTheBytesNotFromTheFileName() {
        assertEquals("image/png", Logo.sniffContentType(PNG));
        assertEquals("image/jpeg", Logo.sniffContentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }));
        assertEquals("image/webp", Logo.sniffContentType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(
                Logo.sniffContentType("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertNull(Logo.sniffContentType("GIF89a".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void refusesSvgEmptyAndOversizedFiles() {
        Instant now = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new Logo("<svg/>".getBytes(StandardCharsets.UTF_8), now));
        assertThrows(IllegalArgumentException.class, () -> new Logo(new byte[0], now));
        byte[] huge = new byte[Logo.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThrows(IllegalArgumentException.class, () -> new Logo(huge, now));
    }

    @Test
    void keepsAFingerprintForBrowserCaches() {
        Logo logo = new Logo(PNG, Instant.now());
        assertEquals(64, logo.sha256().length());
        assertEquals("image/png", logo.contentType());
    }
}
