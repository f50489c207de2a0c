package pl.wiec.discussion.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pl.wiec.moderation.entity.ModerationState;

/** A resident's comment under an idea; a reply when it has a parent (always a top-level comment). */
@Entity
@Table(name = "idea_comment")
public class Comment {

    /** How long after writing the author may still change a comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "idea_id", nullable = false)
    private Long ideaId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    private String body;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private ModerationState visibility = ModerationState.VISIBLE;

    @Column(name = "moderation_reason")
    private String moderationReason;

    protected Comment() {
    }

    public Comment(long ideaId, Long parentId, long authorId, String body, Instant now) {
        this.ideaId = ideaId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body.trim();
        this.createdAt = now;
    }

    public boolean isEditableBy(long residentId, Instant now) {
        return authorId == residentId && deletedAt == null && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    public void edit(String newBody, Instant now) {
        this.body = newBody.trim();
        this.editedAt = now;
    }

    public void delete(Instant now) {
        this.body = null;
        this.deletedAt = now;
    }

    /** A moderation decision: held for review, hidden with a reason the author reads, or visible again. */
    public void moderate(ModerationState newVisibility, String reason) {
        this.visibility = newVisibility;
        this.moderationReason = newVisibility == ModerationState.HIDDEN ? reason : null;
    }

    public ModerationState visibility() {
        return visibility;
    }

    public String moderationReason() {
        return moderationReason;
    }

    public Long id() {
        return id;
    }

    public Long ideaId() {
        return ideaId;
    }

    public Long parentId() {
        return parentId;
    }

    public Long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public String body() {
        return body;
    }
}
