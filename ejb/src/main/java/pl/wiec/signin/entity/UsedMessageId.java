package pl.wiec.signin.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An artifact, request ID or assertion ID already consumed; kept until it could no longer be valid anyway. */
@Entity
@Table(name = "signin_used_id")
public class UsedMessageId {

    @Id
    @Column(name = "id", length = 250)
    private String id;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UsedMessageId() {
    }

    /**
     * @param kind
     *            what the ID is (artifact, request, assertion), so IDs of different kinds never collide
     */
    public UsedMessageId(String kind, String id, Instant expiresAt) {
        this.id = kind + ":" + id;
        this.expiresAt = expiresAt;
    }
}
