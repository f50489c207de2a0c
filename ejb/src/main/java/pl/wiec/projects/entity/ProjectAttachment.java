package pl.wiec.projects.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.StoredFile;

/**
 * A document of a project residents download (what is kept of it: {@link StoredFile}).
 */
@Entity
@Table(name = "project_attachment")
public class ProjectAttachment {

    public static final int MAX_BYTES = StoredFile.MAX_BYTES;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private String title;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProjectAttachment() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, or not a kind of document Wiec keeps
     */
    public ProjectAttachment(long projectId, String title, String fileName, byte[] content, Instant now) {
        this.file = new StoredFile(fileName, content);
        this.projectId = projectId;
        this.title = title.trim();
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public StoredFile file() {
        return file;
    }

    public String fileName() {
        return file.fileName();
    }

    public String contentType() {
        return file.contentType();
    }

    public int size() {
        return file.size();
    }

    public byte[] content() {
        return file.content();
    }
}
