package pl.wiec.platform.entity;

import java.util.Arrays;

/**
 * What Wiec accepts as an uploaded picture (a logo, a photo of an idea): raster images whose bytes really are PNG, JPEG
 * or WebP. SVG is refused because it can carry scripts; the declared content type of an upload is never trusted.
 */
public final class RasterImage {

    private RasterImage() {
    }

    /** The image type told by the file's first bytes, or {@code null} for anything but PNG, JPEG and WebP. */
    public static String contentTypeOf(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    /** A picture as it is stored: its type and its bytes, stripped of metadata. */
    public record Cleaned(String contentType, byte[] bytes) {
    }

    /**
     * An uploaded picture checked and stripped of its metadata ({@link #withoutMetadata}), as covers, photos of ideas
     * and options' pictures store it.
     *
     * @throws IllegalArgumentException
     *             empty, more than {@code maxBytes}, or not a PNG, JPEG or WebP picture that can be read
     */
    public static Cleaned cleaned(byte[] image, int maxBytes) {
        if (image == null || image.length == 0 || image.length > maxBytes) {
            throw new IllegalArgumentException("A picture has 1 to " + maxBytes + " bytes");
        }
        String type = contentTypeOf(image);
        if (type == null) {
            throw new IllegalArgumentException("Not a PNG, JPEG or WebP image");
        }
        return new Cleaned(type, withoutMetadata(image));
    }

    /** The hex SHA-256 of the bytes: an ETag that changes exactly when the picture does. */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /** The most pixels a picture may have: a small file can decode to gigabytes ("decompression bomb"). */
    public static final long MAX_PIXELS = 40_000_000L;

    /**
     * The picture without what a camera or a phone writes beside the image (EXIF with the place it was taken, XMP,
     * comments): PNG and JPEG are decoded and encoded again, WebP loses its EXIF and XMP chunks. Residents' photos go
     * through here before they are stored.
     *
     * @throws IllegalArgumentException
     *             not a PNG, JPEG or WebP picture that can be read, or larger than {@link #MAX_PIXELS}
     */
    public static byte[] withoutMetadata(byte[] bytes) {
        String type = contentTypeOf(bytes);
        if (type == null) {
            throw new IllegalArgumentException("Not a PNG, JPEG or WebP image");
        }
        if ("image/webp".equals(type)) {
            return webpWithoutMetadata(bytes);
        }
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO
                .createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            java.util.Iterator<javax.imageio.ImageReader> readers = javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException("An unreadable picture");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new IllegalArgumentException("A picture of more than " + MAX_PIXELS + " pixels");
                }
                java.awt.image.BufferedImage image = reader.read(0);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
                String format = "image/png".equals(type) ? "png" : "jpeg";
                if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                    throw new IllegalArgumentException("A JPEG with transparency");
                }
                if (!javax.imageio.ImageIO.write(image, format, out)) {
                    throw new IllegalArgumentException("A picture that cannot be written again");
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("An unreadable picture", e);
        }
    }

    /** Drops the EXIF and XMP chunks of a WebP (RIFF) file and the flags announcing them. */
    private static byte[] webpWithoutMetadata(byte[] bytes) {
        java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream(bytes.length);
        int at = 12;
        while (at + 8 <= bytes.length) {
            String fourCc = new String(bytes, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = (bytes[at + 4] & 0xFFL) | (bytes[at + 5] & 0xFFL) << 8 | (bytes[at + 6] & 0xFFL) << 16
                    | (bytes[at + 7] & 0xFFL) << 24;
            long end = at + 8 + size + (size & 1);
            if (end > bytes.length) {
                throw new IllegalArgumentException("A damaged WebP picture");
            }
            if (!"EXIF".equals(fourCc) && !"XMP ".equals(fourCc)) {
                byte[] chunk = Arrays.copyOfRange(bytes, at, (int) end);
                if ("VP8X".equals(fourCc) && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C;
                }
                chunks.writeBytes(chunk);
            }
            at = (int) end;
        }
        byte[] body = chunks.toByteArray();
        int riffSize = body.length + 4;
        byte[] out = new byte[12 + body.length];
        System.arraycopy(bytes, 0, out, 0, 12);
        out[4] = (byte) riffSize;
        out[5] = (byte) (riffSize >> 8);
        out[6] = (byte) (riffSize >> 16);
        out[7] = (byte) (riffSize >> 24);
        System.arraycopy(body, 0, out, 12, body.length);
        return out;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
