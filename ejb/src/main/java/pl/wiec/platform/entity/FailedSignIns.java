package pl.wiec.platform.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Wrong passwords given for one login from one client (an address of the network): the fifth within 15 minutes holds
 * password sign-in of that login from that client for 15 minutes. Held per client, so that nobody can lock a person out
 * from elsewhere; kept for logins that exist and logins that do not alike, so that a hold tells nothing about accounts.
 * Both halves of the key are hashes: the table holds no address and no login.
 */
@Entity
@Table(name = "signin_throttle")
public class FailedSignIns {

    public static final int ALLOWED = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration HOLD = Duration.ofMinutes(15);

    @Id
    @Column(name = "id", length = 129)
    private String id;

    @Column(name = "subject", length = 64, nullable = false)
    private String subject;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "first_at", nullable = false)
    private Instant firstAt;

    @Column(name = "held_until")
    private Instant heldUntil;

    protected FailedSignIns() {
    }

    /**
     * @param subject
     *            the hash of what signs in (kind and login); {@code client} the hash of where from
     */
    public FailedSignIns(String subject, String client, Instant now) {
        this.id = subject + ":" + client;
        this.subject = subject;
        this.firstAt = now;
    }

    public static String id(String subject, String client) {
        return subject + ":" + client;
    }

    public boolean isHeldAt(Instant now) {
        return heldUntil != null && now.isBefore(heldUntil);
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    /** Counts one more wrong password; the one that reaches {@link #ALLOWED} in the window starts the hold. */
    public void failed(Instant now) {
        if (!now.isBefore(firstAt.plus(WINDOW)) && !isHeldAt(now)) {
            failures = 0;
            firstAt = now;
            heldUntil = null;
        }
        failures++;
        if (failures >= ALLOWED && !isHeldAt(now)) {
            heldUntil = now.plus(HOLD);
        }
    }

    /** Whether nothing of it matters any more (no hold, and the window of its failures has passed). */
    public boolean isStaleAt(Instant now) {
        return !isHeldAt(now) && !now.isBefore(firstAt.plus(WINDOW));
    }
}
