package pl.wiec.notifications.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Preference;
import pl.wiec.notifications.entity.UnsubscribeToken;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.Resident;

/** A resident's notifications and their choices per kind; the one-click unsubscribe from an e-mail. */
@Stateless
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    /** The newest 50, unread ones included. */
    @RolesAllowed(Resident.ROLE)
    public List<Notification> mine() {
        return em.createQuery("select n from Notification n where n.residentId = :me order by n.createdAt desc",
                Notification.class).setParameter("me", me()).setMaxResults(50).getResultList();
    }

    @RolesAllowed(Resident.ROLE)
    public long unread() {
        return em.createQuery("select count(n) from Notification n where n.residentId = :me and n.readAt is null",
                Long.class).setParameter("me", me()).getSingleResult();
    }

    @RolesAllowed(Resident.ROLE)
    public void markAllRead() {
        Instant now = now();
        em.createQuery("update Notification n set n.readAt = :now where n.residentId = :me and n.readAt is null")
                .setParameter("now", now).setParameter("me", residents.me().id()).executeUpdate();
    }

    @RolesAllowed(Resident.ROLE)
    public Map<Kind, Frequency> preferences() {
        Map<Kind, Frequency> choices = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            choices.put(kind, Frequency.IMMEDIATELY);
        }
        em.createQuery("select p from Preference p where p.residentId = :me", Preference.class).setParameter("me", me())
                .getResultList().forEach(preference -> choices.put(preference.kind(), preference.frequency()));
        return choices;
    }

    @RolesAllowed(Resident.ROLE)
    public void choose(@NotNull Kind kind, @NotNull Frequency frequency) {
        set(residents.me().id(), kind, frequency);
    }

    /**
     * The kind of e-mail an unsubscribe link would turn off, changing nothing: what the link's page asks about (a GET
     * must not unsubscribe, as mail scanners open every link). Nothing for an unknown link.
     */
    @PermitAll
    public Optional<Kind> unsubscribeLink(String token) {
        return found(token).map(UnsubscribeToken::kind);
    }

    /**
     * The unsubscribe link of an e-mail, confirmed (the page's button, or a mail client's one-click POST, RFC 8058):
     * turns that kind of e-mail off; the kind, or nothing for an unknown link.
     */
    @PermitAll
    public Optional<Kind> unsubscribe(String token) {
        Optional<UnsubscribeToken> found = found(token);
        found.ifPresent(link -> set(link.residentId(), link.kind(), Frequency.NEVER));
        return found.map(UnsubscribeToken::kind);
    }

    private Optional<UnsubscribeToken> found(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UnsubscribeToken.class, Secrets.sha256(token)));
    }

    private void set(long residentId, Kind kind, Frequency frequency) {
        Preference preference = em.find(Preference.class, new Preference.Key(residentId, kind));
        if (preference == null) {
            em.persist(new Preference(residentId, kind, frequency));
        } else {
            preference.set(frequency);
        }
    }

    /** For reads: the id from the principal (changes read the account, which a deleted account fails). */
    private long me() {
        return residents.myId();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
