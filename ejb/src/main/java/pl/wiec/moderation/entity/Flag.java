package pl.wiec.moderation.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One resident's flag on a case; one per resident and case (primary key). */
@Entity
@Table(name = "moderation_flag")
@IdClass(Flag.Key.class)
public class Flag {

    /** The primary key: case and resident. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long caseId;
        private Long residentId;

        public Key() {
        }

        public Key(Long caseId, Long residentId) {
            this.caseId = caseId;
            this.residentId = residentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(caseId, key.caseId)
                    && java.util.Objects.equals(residentId, key.residentId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, residentId);
        }
    }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    private String reason;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    protected Flag() {
    }

    public Flag(long caseId, long residentId, String reason, Instant now) {
        this.caseId = caseId;
        this.residentId = residentId;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.flaggedAt = now;
    }
}
