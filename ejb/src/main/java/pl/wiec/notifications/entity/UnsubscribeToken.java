package pl.wiec.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The link in a notification e-mail that turns that kind of e-mail off; kept as the hash of its token. */
@Entity
@Table(name = "unsubscribe_token")
public class UnsubscribeToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnsubscribeToken() {
    }

    public UnsubscribeToken(String tokenHash, long residentId, Kind kind, Instant now) {
        this.tokenHash = tokenHash;
        this.residentId = residentId;
        this.kind = kind;
        this.createdAt = now;
    }

    public Long residentId() {
        return residentId;
    }

    public Kind kind() {
        return kind;
    }
}
