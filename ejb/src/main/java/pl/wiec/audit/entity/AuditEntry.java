package pl.wiec.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One recorded staff action. Immutable once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_DETAILS = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "details", length = MAX_DETAILS)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, StaffAction what) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an actor");
        }
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = what.action();
        this.subject = what.subject();
        String text = what.details() == null ? "" : what.details();
        this.details = text.length() > MAX_DETAILS ? text.substring(0, MAX_DETAILS - 1) + "…" : text;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subject() {
        return subject;
    }

    public String details() {
        return details;
    }
}
