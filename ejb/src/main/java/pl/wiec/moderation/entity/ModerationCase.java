package pl.wiec.moderation.entity;

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
import jakarta.persistence.Version;

/** One piece of content under review: why (held or flagged), how often flagged, and the decision. */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {

    /** Where a case stands. */
    public enum State {
        OPEN, HIDDEN, RESTORED
    }

    /** Why it is in the queue. */
    public enum Cause {
        HELD, FLAGGED
    }

    @Id
    @SequenceGenerator(name = "moderation_case_seq", sequenceName = "moderation_case_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_case_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private ContentType contentType;

    @Column(name = "content_id", nullable = false)
    private Long contentId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false)
    private String excerpt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Cause cause;

    @Column(nullable = false)
    private int flags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected ModerationCase() {
    }

    public ModerationCase(ContentType type, long contentId, long projectId, String text, Cause cause, Instant now) {
        this.contentType = type;
        this.contentId = contentId;
        this.projectId = projectId;
        this.excerpt = text.length() > 300 ? text.substring(0, 297) + "..." : text;
        this.cause = cause;
        this.state = State.OPEN;
        this.openedAt = now;
    }

    /** A new flag: counted, and a decided case is opened again for another look. */
    public void flagged(Instant now) {
        flags++;
        if (state == State.RESTORED) {
            state = State.OPEN;
            openedAt = now;
        }
    }

    /** A changed text with a blocked word: the case opens again, with the new text. */
    public void heldAgain(String text, Instant now) {
        this.excerpt = text.length() > 300 ? text.substring(0, 297) + "..." : text;
        this.cause = Cause.HELD;
        this.state = State.OPEN;
        this.openedAt = now;
    }

    public void decide(State decision, String why, String moderator, Instant now) {
        this.state = decision;
        this.reason = why;
        this.decidedBy = moderator;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public ContentType contentType() {
        return contentType;
    }

    public Long contentId() {
        return contentId;
    }

    public Long projectId() {
        return projectId;
    }

    public String excerpt() {
        return excerpt;
    }

    public Cause cause() {
        return cause;
    }

    public int flags() {
        return flags;
    }

    public State state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
