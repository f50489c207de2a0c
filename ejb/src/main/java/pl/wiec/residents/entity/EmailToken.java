package pl.wiec.residents.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link sent by e-mail, kept as the hash of its token, single use, until it expires. */
@Entity
@Table(name = "resident_email_token")
public class EmailToken {

    /** What the link does. */
    public enum Purpose {
        CONFIRM, RESET,
        /** Confirms a new address of an account (or the first of an account made through login.gov.pl). */
        CHANGE_EMAIL
    }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "resident_id", nullable = false)
    private Long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The address a {@link Purpose#CHANGE_EMAIL} link confirms. */
    @Column(name = "new_email")
    private String newEmail;

    protected EmailToken() {
    }

    public EmailToken(String tokenHash, Long residentId, Purpose purpose, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.residentId = residentId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    /** A link confirming a new address of the account. */
    public static EmailToken newAddress(String tokenHash, Long residentId, String address, Instant expiresAt) {
        EmailToken token = new EmailToken(tokenHash, residentId, Purpose.CHANGE_EMAIL, expiresAt);
        token.newEmail = address;
        return token;
    }

    public String newEmail() {
        return newEmail;
    }

    public boolean serves(Purpose wanted, Instant now) {
        return purpose == wanted && now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Long residentId() {
        return residentId;
    }
}
