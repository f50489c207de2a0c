package pl.wiec.budget.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.StoredFile;

/**
 * A file of a budget project (what is kept of it: {@link StoredFile}; who sees it: {@link FileKind}), uploaded by its
 * author or by staff.
 */
@Entity
@Table(name = "budget_file")
public class ProjectFile {

    /** How many files one project may have. */
    public static final int MAX_PER_PROJECT = 10;

    @Id
    @SequenceGenerator(name = "budget_file_seq", sequenceName = "budget_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_file_seq")
    private Long id;

    @Column(name = "budget_project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileKind kind;

    @Column(nullable = false)
    private String title;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "by_staff", nullable = false)
    private boolean byStaff;

    protected ProjectFile() {
    }

    /**
     * @throws IllegalArgumentException
     *             a blank title, or a file Wiec does not keep
     */
    public ProjectFile(BudgetProject project, FileKind kind, String title, String fileName, byte[] content,
            boolean byStaff, Instant now) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new IllegalArgumentException("A file has a title of 1 to 200 characters");
        }
        this.file = new StoredFile(fileName, content);
        this.projectId = project.id();
        this.kind = kind;
        this.title = title.strip();
        this.byStaff = byStaff;
        this.uploadedAt = now;
    }

    public FileRef ref() {
        return new FileRef(id, projectId, kind, title, file.fileName(), file.size());
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public FileKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public StoredFile file() {
        return file;
    }
}
