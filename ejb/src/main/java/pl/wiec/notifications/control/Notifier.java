package pl.wiec.notifications.control;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.notifications.entity.FollowedHappening;
import pl.wiec.notifications.entity.FollowersMoved;
import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Preference;
import pl.wiec.notifications.entity.Words;
import pl.wiec.residents.entity.Resident;

/**
 * Turns a {@link Happening} into a stored notification, in the transaction of what happened (so it exists exactly if
 * that committed), marked for e-mail by the resident's choice for its kind.
 */
@ApplicationScoped
public class Notifier {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    @PersistenceContext
    EntityManager em;

    void happened(@Observes Happening happening) {
        store(happening.residentId(), happening.kind(), happening.title(), happening.detail(), happening.link());
    }

    /** One notification per follower (accounts that were deleted hear nothing). */
    void happenedToFollowed(@Observes FollowedHappening happening) {
        List<Long> followers = em
                .createQuery("select f.residentId from Follow f, Resident r where f.subject = :subject"
                        + " and f.subjectId = :id and r.id = f.residentId and r.deletedAt is null", Long.class)
                .setParameter("subject", happening.subject()).setParameter("id", happening.subjectId()).getResultList();
        for (Long follower : followers) {
            if (!follower.equals(happening.except())) {
                store(follower, happening.kind(), happening.title(), happening.detail(), happening.link());
            }
        }
    }

    /** Moves follows in the transaction of the event (see {@link FollowersMoved}). */
    void followersMoved(@Observes FollowersMoved moved) {
        if (moved.alsoFollowing() != null) {
            em.createNativeQuery("insert into follow (resident_id, subject, subject_id, followed_at)"
                    + " select ?, ?, ?, current_timestamp from resident r where r.id = ? and not exists"
                    + " (select 1 from follow g where g.resident_id = r.id and g.subject = ? and g.subject_id = ?)")
                    .setParameter(1, moved.alsoFollowing()).setParameter(2, moved.subject().name())
                    .setParameter(3, moved.toId()).setParameter(4, moved.alsoFollowing())
                    .setParameter(5, moved.subject().name()).setParameter(6, moved.toId()).executeUpdate();
        }
        em.createNativeQuery("insert into follow (resident_id, subject, subject_id, followed_at)"
                + " select f.resident_id, f.subject, ?, f.followed_at from follow f where f.subject = ?"
                + " and f.subject_id = ? and not exists (select 1 from follow g where g.resident_id = f.resident_id"
                + " and g.subject = f.subject and g.subject_id = ?)").setParameter(1, moved.toId())
                .setParameter(2, moved.subject().name()).setParameter(3, moved.fromId()).setParameter(4, moved.toId())
                .executeUpdate();
        em.createNativeQuery("delete from follow where subject = ? and subject_id = ?")
                .setParameter(1, moved.subject().name()).setParameter(2, moved.fromId()).executeUpdate();
    }

    private void store(long residentId, Kind kind, Words title, Words detail, String link) {
        Preference preference = em.find(Preference.class, new Preference.Key(residentId, kind));
        Frequency frequency = preference == null ? Frequency.IMMEDIATELY : preference.frequency();
        Locale language = languageOf(residentId);
        String subject = new MessageFormat(texts(language).getString(kind.name()), language).format(new Object[] {
                title == null ? null : title.in(language), detail == null ? null : detail.in(language) });
        em.persist(new Notification(residentId, kind, subject, link, frequency, Instant.now(Clock.systemUTC())));
    }

    /** The texts in the language (Polish, the base bundle, unless there is one for it; never the server's locale). */
    static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle("pl.wiec.notifications.texts", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language the resident reads Wiec in (Polish unless they chose English). */
    Locale languageOf(long residentId) {
        Resident resident = em.find(Resident.class, residentId);
        return resident == null ? POLISH : resident.language();
    }
}
