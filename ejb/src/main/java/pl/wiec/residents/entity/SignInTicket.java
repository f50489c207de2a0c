package pl.wiec.residents.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time ticket that the server's resident realm accepts as the password of {@code principal} (SHA-256 of the
 * secret, hex) until it expires; the application deletes it as soon as it served.
 */
@Entity
@Table(name = "resident_ticket")
public class SignInTicket {

    @Id
    private String principal;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SignInTicket() {
    }

    public SignInTicket(String principal, String secretHash, Instant expiresAt) {
        this.principal = principal;
        this.secretHash = secretHash;
        this.expiresAt = expiresAt;
    }

    public void renew(String secretHash, Instant expiresAt) {
        this.secretHash = secretHash;
        this.expiresAt = expiresAt;
    }
}
