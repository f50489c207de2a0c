package pl.wiec.notifications.control;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Preference;

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
        Preference preference = em.find(Preference.class, new Preference.Key(happening.residentId(), happening.kind()));
        Frequency frequency = preference == null ? Frequency.IMMEDIATELY : preference.frequency();
        String subject = new MessageFormat(texts().getString(happening.kind().name()), POLISH)
                .format(new Object[] { happening.title(), happening.detail() });
        em.persist(new Notification(happening.residentId(), happening.kind(), subject, happening.link(), frequency,
                Instant.now(Clock.systemUTC())));
    }

    static ResourceBundle texts() {
        return ResourceBundle.getBundle("pl.wiec.notifications.texts", POLISH);
    }
}
