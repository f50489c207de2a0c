package pl.wiec.signin.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An AuthnRequest sent to the node and not yet answered, found by its RelayState. */
@Entity
@Table(name = "signin_pending")
public class PendingSignIn {

    @Id
    @Column(name = "relay_state", length = 64)
    private String relayState;

    @Column(name = "request_id", nullable = false, length = 64)
    private String requestId;

    @Column(name = "return_to", length = 500)
    private String returnTo;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** The signed-in resident who started this sign-in to link their national identity; null for a sign-in. */
    @Column(name = "link_resident_id")
    private Long linkResidentId;

    /** SHA-256 of the random value of the cookie that must come back from the browser that started the sign-in. */
    @Column(name = "browser_binding", length = 64)
    private String browserBinding;

    protected PendingSignIn() {
    }

    public PendingSignIn(String relayState, String requestId, String returnTo, Long linkResidentId,
            String browserBinding, Instant expiresAt) {
        this.relayState = relayState;
        this.requestId = requestId;
        this.returnTo = returnTo;
        this.linkResidentId = linkResidentId;
        this.browserBinding = browserBinding;
        this.expiresAt = expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String relayState() {
        return relayState;
    }

    public String requestId() {
        return requestId;
    }

    public String returnTo() {
        return returnTo;
    }

    public Long linkResidentId() {
        return linkResidentId;
    }

    public String browserBinding() {
        return browserBinding;
    }
}
