package pl.wiec.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One notification of a resident, read or not, and its e-mail (due, in a digest, sent). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String link;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "mail_due", nullable = false)
    private boolean mailDue;

    @Column(nullable = false)
    private boolean digest;

    @Column(nullable = false)
    private int attempts;

    protected Notification() {
    }

    public Notification(long residentId, Kind kind, String subject, String link, Frequency frequency, Instant now) {
        this.residentId = residentId;
        this.kind = kind;
        this.subject = subject.length() > 300 ? subject.substring(0, 297) + "..." : subject;
        this.link = link;
        this.createdAt = now;
        this.mailDue = frequency != Frequency.NEVER;
        this.digest = frequency == Frequency.DAILY;
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void mailed(Instant now) {
        mailedAt = now;
        mailDue = false;
    }

    /** Nobody to mail (no confirmed address or no consent): the notification stays in the app only. */
    public void notMailable() {
        mailDue = false;
    }

    public void failed() {
        attempts++;
        if (attempts >= 5) {
            mailDue = false;
        }
    }

    public Long id() {
        return id;
    }

    public Long residentId() {
        return residentId;
    }

    public Kind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String subject() {
        return subject;
    }

    public String link() {
        return link;
    }

    public boolean isMailDue() {
        return mailDue;
    }

    public Instant mailedAt() {
        return mailedAt;
    }
}
