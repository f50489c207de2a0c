package pl.wiec.discussion.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.IdeaResidentKey;

/** One resident's like of one idea. */
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

    @Column(nullable = false)
    private String kind;

    @Column(name = "reacted_at", nullable = false)
    private Instant reactedAt;

    protected Reaction() {
    }

    public Reaction(long ideaId, long residentId, Instant now) {
        this.ideaId = ideaId;
        this.residentId = residentId;
        this.kind = "LIKE";
        this.reactedAt = now;
    }
}
