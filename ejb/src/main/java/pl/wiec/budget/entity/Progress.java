package pl.wiec.budget.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One step in the implementation of a winning budget project, as staff reported it for residents: the stage it reached
 * and what happened (the tender won by, the work started, handed over; or why it will not be done), on a day.
 */
@Entity
@Table(name = "budget_progress")
public class Progress {

    @Id
    @SequenceGenerator(name = "budget_progress_seq", sequenceName = "budget_progress_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_progress_seq")
    private Long id;

    @Column(name = "budget_project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    protected Progress() {
    }

    Progress(long projectId, Stage stage, String note, LocalDate on, Instant now) {
        this.projectId = projectId;
        this.stage = stage;
        this.note = note.strip();
        this.reportedOn = on;
        this.reportedAt = now;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public Stage stage() {
        return stage;
    }

    public String note() {
        return note;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }
}
