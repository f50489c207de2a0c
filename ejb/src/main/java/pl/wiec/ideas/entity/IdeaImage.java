package pl.wiec.ideas.entity;

import java.time.Instant;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.RasterImage;

/**
 * A photo of an idea, added by its author: a PNG, JPEG or WebP by its bytes (see {@link RasterImage}), at most
 * {@link #MAX_BYTES}, stored without its metadata (no EXIF location), with a description a screen reader reads instead.
 * Kept in the database so every cluster node serves it.
 */
@Entity
@Table(name = "idea_image")
public class IdeaImage {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_IDEA = 3;

    @Id
    @SequenceGenerator(name = "idea_image_seq", sequenceName = "idea_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_image_seq")
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private Long ideaId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    /** Read only where served: lists of an idea's images select {@link ImageRef}s, never these bytes. */
    @Column(nullable = false)
    private byte[] image;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private String description;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected IdeaImage() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, or not a PNG, JPEG or WebP image
     */
    public IdeaImage(long ideaId, byte[] image, String description, Instant now) {
        RasterImage.Cleaned cleaned = RasterImage.cleaned(image, MAX_BYTES);
        this.contentType = cleaned.contentType();
        this.image = cleaned.bytes();
        this.ideaId = ideaId;
        this.sha256 = RasterImage.sha256(this.image);
        this.description = description.trim();
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long ideaId() {
        return ideaId;
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

    public String description() {
        return description;
    }
}
