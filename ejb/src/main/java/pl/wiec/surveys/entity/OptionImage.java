package pl.wiec.surveys.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.RasterImage;

/**
 * The picture an option shows (a design variant, a place): a PNG, JPEG or WebP by its bytes, at most
 * {@link #MAX_BYTES}, stored without its metadata. Its description and hash live on the option ({@link AnswerOption}),
 * read with the form; these bytes are read only where served. Kept in the database so every cluster node serves it.
 */
@Entity
@Table(name = "survey_option_image")
public class OptionImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Id
    @Column(name = "option_id")
    private Long optionId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected OptionImage() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, or not a PNG, JPEG or WebP image
     */
    public OptionImage(long optionId, byte[] image, Instant now) {
        RasterImage.Cleaned cleaned = RasterImage.cleaned(image, MAX_BYTES);
        this.contentType = cleaned.contentType();
        this.image = cleaned.bytes();
        this.optionId = optionId;
        this.uploadedAt = now;
    }

    /** The hash of the picture as stored (the option keeps it: its address changes when the picture does). */
    public String sha256() {
        return RasterImage.sha256(image);
    }

    public Long optionId() {
        return optionId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return image.clone();
    }
}
