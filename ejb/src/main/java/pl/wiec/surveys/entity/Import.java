package pl.wiec.surveys.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file of paper answers imported into a form at once; the file's SHA-256 is unique per form. */
@Entity
@Table(name = "survey_import")
public class Import {

    @Id
    @SequenceGenerator(name = "survey_import_seq", sequenceName = "survey_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_import_seq")
    private Long id;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "file_hash", nullable = false, length = 64)
    private String fileHash;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Import() {
    }

    public Import(long formId, String fileHash, String fileName, int rowCount, String importedBy, Instant importedAt) {
        this.formId = formId;
        this.fileHash = fileHash;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.rowCount = rowCount;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long id() {
        return id;
    }
}
