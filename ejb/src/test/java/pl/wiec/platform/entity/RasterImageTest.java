package pl.wiec.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class RasterImageTest {

    /** A 30×20 JPEG with an EXIF segment naming the place it was taken ("GPS 53.8436 22.9799"), as phones write. */
    static byte[] jpegWithPlace() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] exif = "Exif\0\0GPS 53.8436 22.9799".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain.toByteArray(), 0, 2);
        tagged.write(new byte[] { (byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2) });
        tagged.write(exif);
        tagged.write(plain.toByteArray(), 2, plain.size() - 2);
        return tagged.toByteArray();
    }

    @Test
    void aJpegLosesItsExifAndKeepsItsPicture() throws Exception {
        byte[] tagged = jpegWithPlace();
        assertTrue(contains(tagged, "GPS 53.8436"));

        byte[] cleaned = RasterImage.withoutMetadata(tagged);
        assertFalse(contains(cleaned, "GPS 53.8436"));
        assertEquals("image/jpeg", RasterImage.contentTypeOf(cleaned));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertEquals(30, back.getWidth());
        assertEquals(20, back.getHeight());
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndTheirFlags() {
        byte[] vp8x = chunk("VP8X", new byte[] { 0x0C, 0, 0, 0, 9, 0, 0, 9, 0, 0 });
        byte[] exif = chunk("EXIF", "GPS 53.8436".getBytes(StandardCharsets.US_ASCII));
        byte[] image = chunk("VP8L", new byte[] { 0x2F, 1, 2, 3, 4 });
        byte[] xmp = chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII));
        byte[] webp = riff(vp8x, exif, image, xmp);

        byte[] cleaned = RasterImage.withoutMetadata(webp);
        assertFalse(contains(cleaned, "GPS") || contains(cleaned, "xmpmeta"));
        assertEquals(riff(vp8x, image).length, cleaned.length);
        assertEquals(cleaned.length - 8, ByteBuffer.wrap(cleaned, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(),
                "the RIFF size follows");
        assertEquals(0, cleaned[20] & 0x0C, "VP8X no longer announces EXIF or XMP");
    }

    @Test
    void aSmallFileClaimingAHugePictureIsRefusedBeforeItIsDecoded() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        png.write(pngChunk("IHDR", header.array()));
        png.write(pngChunk("IEND", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> RasterImage.withoutMetadata(png.toByteArray()));
        assertThrows(IllegalArgumentException.class,
                () -> RasterImage.withoutMetadata("<svg/>".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] pngChunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] chunk(String fourCc, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(fourCc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4;
        for (byte[] chunk : chunks) {
            size += chunk.length;
        }
        ByteBuffer riff = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            riff.put(chunk);
        }
        return riff.array();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
