package pl.wiec.projects.entity;

import java.time.Instant;
import java.util.Arrays;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.RasterImage;

/**
 * A project's cover picture: a PNG, JPEG or WebP by its bytes (see {@link RasterImage}), at most {@link #MAX_BYTES}.
 * Its description and hash live on the {@link Project}, so pages know of it without reading the bytes.
 */
@Entity
@Table(name = "project_cover")
public class ProjectCover {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] image;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProjectCover() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, or not a PNG, JPEG or WebP image
     */
    public ProjectCover(long projectId, byte[] image, Instant now) {
        RasterImage.Cleaned cleaned = RasterImage.cleaned(image, MAX_BYTES);
        this.contentType = cleaned.contentType();
        this.image = cleaned.bytes();
        this.projectId = projectId;
        this.uploadedAt = now;
    }

    public void replaceWith(ProjectCover newer) {
        this.contentType = newer.contentType;
        this.image = newer.image.clone();
        this.uploadedAt = newer.uploadedAt;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return Arrays.copyOf(image, image.length);
    }

    public String sha256() {
        return RasterImage.sha256(image);
    }
}
