package pl.wiec.signin.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import pl.wiec.residents.entity.Resident;
import pl.wiec.signin.entity.PendingSignIn;
import pl.wiec.signin.entity.UsedMessageId;

/**
 * Pending national sign-ins and single-use message IDs. Open to anonymous callers: it is used before anyone is signed
 * in, and it hands out nothing but what the caller proves to hold (an unguessable RelayState).
 */
@Stateless
@PermitAll
@DeclareRoles(Resident.ROLE)
public class SignInState {

    /** How long a person may take at the node before the pending request is forgotten. */
    public static final Duration PENDING_FOR = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * Remembers a sent AuthnRequest and returns the RelayState that will bring its answer back.
     *
     * @param link
     *            true when the caller, a signed-in resident, links their national identity to their account
     * @param browserBinding
     *            SHA-256 of the random value of a cookie set in the browser that starts the sign-in
     */
    public String begin(@NotBlank String requestId, String returnTo, boolean link, @NotBlank String browserBinding) {
        Long linkResidentId = null;
        if (link) {
            linkResidentId = Resident.idOf(context.getCallerPrincipal().getName())
                    .filter(id -> context.isCallerInRole(Resident.ROLE))
                    .orElseThrow(() -> new IllegalStateException("Only a signed-in resident links an identity"));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String relayState = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new PendingSignIn(relayState, requestId, returnTo, linkResidentId, browserBinding,
                now().plus(PENDING_FOR)));
        return relayState;
    }

    /** The pending request for this RelayState, at most once; nothing if unknown, taken already or expired. */
    public Optional<PendingSignIn> take(String relayState) {
        if (relayState == null || relayState.length() > 64) {
            return Optional.empty();
        }
        PendingSignIn pending = em.find(PendingSignIn.class, relayState);
        if (pending == null) {
            return Optional.empty();
        }
        int taken = em.createQuery("delete from PendingSignIn p where p.relayState = :relayState")
                .setParameter("relayState", relayState).executeUpdate();
        return taken == 1 && !pending.isExpiredAt(now()) ? Optional.of(pending) : Optional.empty();
    }

    /**
     * Records that a message ID was used. Returns false if it had been used before: the caller must then refuse the
     * message. Two nodes racing on one ID meet at the primary key; the loser's transaction fails, which refuses too.
     */
    public boolean useOnce(@NotBlank String kind, @NotBlank String id, @NotNull Instant validUntil) {
        if (em.find(UsedMessageId.class, kind + ":" + id) != null) {
            return false;
        }
        em.persist(new UsedMessageId(kind, id, validUntil));
        em.flush();
        return true;
    }

    /** Forgets what can no longer be replayed or answered. Runs on every node; the deletes are idempotent. */
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetExpired() {
        Instant now = now();
        em.createQuery("delete from PendingSignIn p where p.expiresAt < :now").setParameter("now", now).executeUpdate();
        em.createQuery("delete from UsedMessageId u where u.expiresAt < :now").setParameter("now", now).executeUpdate();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
