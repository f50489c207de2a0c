package pl.wiec.platform.entity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A document someone uploaded, as Wiec keeps it: only what its bytes show to be a PDF, an office document (OOXML or
 * OpenDocument, which are ZIP files, told apart by the name's extension) or a PNG/JPEG/WebP picture, at most
 * {@link #MAX_BYTES}; HTML, SVG and programs never are. A picture is kept without its metadata (the place a phone wrote
 * into it, {@link RasterImage#withoutMetadata}), whoever attached it and to whatever. Its name is cut to one without a
 * path or characters a download header or a file system would trip on. Served, it is always a download.
 */
@Embeddable
public class StoredFile {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final Map<String, String> OFFICE = Map.of("docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "odt",
            "application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet", "odp",
            "application/vnd.oasis.opendocument.presentation");

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Column(nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, not a kind of document Wiec keeps, or a picture that cannot be read
     */
    public StoredFile(String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("A document has 1 to " + MAX_BYTES + " bytes");
        }
        this.contentType = contentTypeOf(fileName, content);
        if (contentType == null) {
            throw new IllegalArgumentException("Not a PDF, an office document or a picture");
        }
        this.fileName = safeName(fileName);
        this.content = RasterImage.contentTypeOf(content) == null ? content.clone()
                : RasterImage.withoutMetadata(content);
        this.size = this.content.length;
    }

    /** The type the bytes (and, for ZIP-based office files, the name's extension) show; null for anything else. */
    public static String contentTypeOf(String fileName, byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return "application/pdf";
        }
        String picture = RasterImage.contentTypeOf(bytes);
        if (picture != null) {
            return picture;
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip ? OFFICE.get(extension(fileName)) : null;
    }

    /** The name without any path and without characters a download header or a file system would trip on. */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (name.isEmpty()) {
            name = "dokument";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return Arrays.copyOf(content, content.length);
    }
}
