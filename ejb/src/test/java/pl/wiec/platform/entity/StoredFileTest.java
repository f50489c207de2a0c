package pl.wiec.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StoredFileTest {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = { 'P', 'K', 3, 4, 0, 0 };

    @Test
    void documentsAreKnownByTheirBytesAndOfficeFilesAlsoByTheirExtension() {
        assertEquals("application/pdf", StoredFile.contentTypeOf("anything.txt", PDF));
        assertEquals("application/vnd.oasis.opendocument.text", StoredFile.contentTypeOf("Wniosek.ODT", ZIP));
        assertNull(StoredFile.contentTypeOf("archiwum.zip", ZIP), "a ZIP that is not an office document");
        assertNull(StoredFile.contentTypeOf("mapa.pdf", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)),
                "the name does not make it a PDF");
    }

    @Test
    void theNameLosesItsPathAndWhatAHeaderOrAFileSystemWouldTripOn() {
        assertEquals("lista.pdf", new StoredFile("C:\\skany\\lista.pdf", PDF).fileName());
        assertEquals("a_b_.pdf", new StoredFile("../../a\"b\n.pdf", PDF).fileName());
        assertEquals("dokument", new StoredFile("  ", PDF).fileName());
    }

    @Test
    void emptyAndUnknownFilesAreNotKept() {
        assertThrows(IllegalArgumentException.class, () -> new StoredFile("pusty.pdf", new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> new StoredFile("strona.html", "<html></html>".getBytes(StandardCharsets.UTF_8)));
    }

    /** Pictures attached to budget projects, projects and events kept the place the phone wrote into them. */
    @Test
    void aPictureAttachedAsADocumentIsKeptWithoutItsMetadata() throws Exception {
        StoredFile stored = new StoredFile("plac.jpg", RasterImageTest.jpegWithPlace());

        assertEquals("image/jpeg", stored.contentType());
        String kept = new String(stored.content(), StandardCharsets.ISO_8859_1);
        assertFalse(kept.contains("GPS 53.8436"), "no place left in it");
        assertEquals(stored.content().length, stored.size());
    }
}
