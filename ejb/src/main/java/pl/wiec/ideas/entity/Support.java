package pl.wiec.ideas.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.IdeaResidentKey;

/** One resident's support of one proposal; one per resident and proposal (primary key). */
@Entity
@Table(name = "support")
@IdClass(IdeaResidentKey.class)
public class Support {

    @Id
    @Column(name = "idea_id")
    private Long ideaId;

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "supported_at", nullable = false)
    private Instant supportedAt;

    protected Support() {
    }

    public Support(long ideaId, long residentId, Instant now) {
        this.ideaId = ideaId;
        this.residentId = residentId;
        this.supportedAt = now;
    }
}
