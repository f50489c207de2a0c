package pl.wiec.ideas.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One resident's support of one proposal; one per resident and proposal (primary key). */
@Entity
@Table(name = "support")
@IdClass(Support.Key.class)
public class Support {

    /** The primary key: proposal and resident. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long ideaId;
        private Long residentId;

        public Key() {
        }

        public Key(Long ideaId, Long residentId) {
            this.ideaId = ideaId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(ideaId, key.ideaId)
                    && java.util.Objects.equals(residentId, key.residentId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ideaId, residentId);
        }
    }

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
