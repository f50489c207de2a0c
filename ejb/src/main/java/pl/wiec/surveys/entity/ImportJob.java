package pl.wiec.surveys.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An import of a spreadsheet of paper answers running in the background: how far it is (rows checked, then rows stored)
 * and how it ended (imported, rejected with the problems row by row, or failed). Each step is committed on its own, so
 * the page that started it shows its progress from any node.
 */
@Entity
@Table(name = "survey_import_job")
public class ImportJob {

    /** Without a step for this long, a running job was cut off (its server stopped): nothing of it was stored. */
    public static final Duration SILENT = Duration.ofMinutes(3);

    /** How far a job is. */
    public enum Stage {
        /** Reading the file and checking its rows against the form. */
        CHECKING,
        /** Storing the checked rows (in one transaction: all or none). */
        STORING,
        /** Every row stored. */
        DONE,
        /** Nothing stored: the file or some rows are wrong (the problems say where). */
        REJECTED,
        /** Nothing stored: the server could not finish (the log says why). */
        FAILED;

        public boolean finished() {
            return this == DONE || this == REJECTED || this == FAILED;
        }
    }

    /** One problem of a rejected file: the row (0: the file as a whole), the column's header, what is wrong. */
    @Embeddable
    public static class Problem {

        @Column(name = "row_number", nullable = false)
        private int row;

        @Column(name = "column_name", nullable = false, length = 255)
        private String column;

        @Column(name = "problem", nullable = false, length = 30)
        private String problem;

        protected Problem() {
        }

        public Problem(int row, String column, String problem) {
            this.row = row;
            this.column = column.length() > 255 ? column.substring(0, 255) : column;
            this.problem = problem;
        }

        public int row() {
            return row;
        }

        public String column() {
            return column;
        }

        public String problem() {
            return problem;
        }
    }

    @Id
    @SequenceGenerator(name = "survey_import_job_seq", sequenceName = "survey_import_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_import_job_seq")
    private Long id;

    @Column(name = "phase_id", nullable = false)
    private long phaseId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "imported", nullable = false)
    private int imported;

    @Column(name = "problems_total", nullable = false)
    private int problemsTotal;

    @ElementCollection
    @CollectionTable(name = "survey_import_job_problem", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    private List<Problem> problems = new ArrayList<>();

    protected ImportJob() {
    }

    public ImportJob(long phaseId, String fileName, String startedBy, Instant now) {
        this.phaseId = phaseId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.updatedAt = now;
        this.stage = Stage.CHECKING;
    }

    /** A step of a running job: the stage and its rows, done of all. */
    public void reached(Stage stage, int done, int total, Instant now) {
        this.stage = stage;
        this.rowsDone = done;
        this.rowsTotal = total;
        this.updatedAt = now;
    }

    public void done(int imported, Instant now) {
        this.imported = imported;
        reached(Stage.DONE, imported, imported, now);
    }

    public void rejected(List<Problem> listed, int total, Instant now) {
        this.problems.clear();
        this.problems.addAll(listed);
        this.problemsTotal = total;
        reached(Stage.REJECTED, rowsDone, rowsTotal, now);
    }

    public void failed(Instant now) {
        reached(Stage.FAILED, rowsDone, rowsTotal, now);
    }

    /** The stage as seen at {@code now}: a running job that has been silent for {@link #SILENT} was cut off. */
    public Stage stageAt(Instant now) {
        return !stage.finished() && updatedAt.plus(SILENT).isBefore(now) ? Stage.FAILED : stage;
    }

    public Long id() {
        return id;
    }

    public long phaseId() {
        return phaseId;
    }

    public String fileName() {
        return fileName;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int rowsTotal() {
        return rowsTotal;
    }

    public int imported() {
        return imported;
    }

    public int problemsTotal() {
        return problemsTotal;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
