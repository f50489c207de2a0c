package pl.wiec.municipality.entity;

import java.time.Instant;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.RasterImage;

/**
 * The municipality's logo or coat of arms. Only raster images whose bytes really are PNG, JPEG or WebP are kept: SVG is
 * refused because it can carry scripts, and the declared content type of an upload is never trusted. Stored in the
 * database so that every cluster node serves the same file.
 */
@Entity
@Table(name = "municipality_logo")
public class Logo {

    public static final int MAX_BYTES = 1024 * 1024;

    @Id
    private Long id;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "image", nullable = false)
    private byte[] image;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Logo() {
    }

    public Logo(byte[] image, Instant uploadedAt) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("The logo is empty");
        }
        if (image.length > MAX_BYTES) {
            throw new IllegalArgumentException("The logo is larger than " + MAX_BYTES + " bytes");
        }
        this.contentType = sniffContentType(image);
        if (contentType == null) {
            throw new IllegalArgumentException("The logo is not a PNG, JPEG or WebP image");
        }
        this.id = Municipality.THE_MUNICIPALITY;
        this.image = image.clone();
        this.sha256 = sha256(image);
        this.uploadedAt = uploadedAt;
    }

    /** The image type told by the file's first bytes, or {@code null} for anything but PNG, JPEG and WebP. */
    public static String sniffContentType(byte[] bytes) {
        return RasterImage.contentTypeOf(bytes);
    }

    private static String sha256(byte[] bytes) {
        return RasterImage.sha256(bytes);
    }

    public void replaceWith(Logo newer) {
        this.contentType = newer.contentType;
        this.image = newer.image.clone();
        this.sha256 = newer.sha256;
        this.uploadedAt = newer.uploadedAt;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return Arrays.copyOf(image, image.length);
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
