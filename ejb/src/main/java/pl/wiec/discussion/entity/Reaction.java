package pl.wiec.discussion.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.IdeaResidentKey;

/** One resident's reaction to one idea: a like, or a dislike where the idea's phase takes them. */
@Entity
@Table(name = "reaction")
@IdClass(IdeaResidentKey.class)
public class Reaction {

    @Id
    @Column(name = "idea_id")
    private Long ideaId;

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected Reaction() {
    }

    /** Like or dislike. */
    public enum Kind {
        LIKE, DISLIKE
    }

    public Reaction(long ideaId, long residentId, Kind kind, Instant now) {
        this.ideaId = ideaId;
        this.residentId = residentId;
        this.kind = kind;
        this.reactedAt = now;
    }

    public Kind kind() {
        return kind;
    }

    /** The resident changes their mind (a like becomes a dislike, or back). */
    public void turn(Kind newKind, Instant now) {
        this.kind = newKind;
        this.reactedAt = now;
    }
}
