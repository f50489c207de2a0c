package pl.wiec.offline.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link that makes whoever opens it signed in an ambassador of the project; stored as its SHA-256. */
@Entity
@Table(name = "ambassador_invitation")
public class Invitation {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "invited_by", nullable = false, length = 100)
    private String invitedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(String tokenHash, long projectId, String invitedBy, Instant now) {
        this.tokenHash = tokenHash;
        this.projectId = projectId;
        this.invitedBy = invitedBy;
        this.expiresAt = now.plus(VALID_FOR);
    }

    /** Whether it can still be accepted: not used, not expired. */
    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalStateException("Invitation used or expired");
        }
        acceptedAt = now;
    }

    public long projectId() {
        return projectId;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
