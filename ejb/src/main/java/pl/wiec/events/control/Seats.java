package pl.wiec.events.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.Registration;
import pl.wiec.events.entity.RegistrationStatus;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Words;
import pl.wiec.residents.entity.AccountDeleted;

/**
 * Seats at events: a registration given up (cancelled, or its account deleted) frees its seat for the first on the
 * waiting list, who is told; and what registrants are told about an event (its time and place, its page).
 */
@ApplicationScoped
public class Seats {

    private static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Happening> happenings;

    /**
     * Removes the registration; a seat it held before the start goes to the first waiting, who is told. The caller
     * holds the event's row lock.
     */
    public void release(CivicEvent event, Registration registration, Instant now) {
        em.remove(registration);
        em.flush();
        if (registration.status() == RegistrationStatus.CONFIRMED && now.isBefore(event.startsAt())) {
            em.createQuery("select r from Registration r where r.eventId = :event and r.status = :waiting"
                    + " order by r.registeredAt, r.id", Registration.class).setParameter("event", event.id())
                    .setParameter("waiting", RegistrationStatus.WAITING).setMaxResults(1).getResultStream().findFirst()
                    .ifPresent(next -> {
                        next.confirm();
                        happenings.fire(notice(next.residentId(), Kind.EVENT_SEAT, event));
                    });
        }
    }

    /** A deleted account gives up its places at events not yet begun (the next waiting take them). */
    void accountDeleted(@Observes AccountDeleted deleted) {
        Instant now = Instant.now();
        List<Registration> coming = em
                .createQuery(
                        "select r from Registration r, CivicEvent e"
                                + " where r.eventId = e.id and r.residentId = :resident and e.startsAt > :now",
                        Registration.class)
                .setParameter("resident", deleted.residentId()).setParameter("now", now).getResultList();
        for (Registration registration : coming) {
            CivicEvent event = em.find(CivicEvent.class, registration.eventId(), LockModeType.PESSIMISTIC_WRITE);
            release(event, registration, now);
        }
    }

    /** A notification about the event: its title, "28.11.2026 18:00, place (and online)", its page. */
    public static Happening notice(long residentId, Kind kind, CivicEvent event) {
        String at = DateTimeFormatter.ofPattern("d.MM.yyyy HH:mm", Locale.ROOT).format(event.startsAt().atZone(POLAND));
        String place = event.place() == null ? "" : ", " + event.place();
        String pl = at + place + (event.format().isOnline() ? (event.place() == null ? ", " : " i ") + "online" : "");
        String en = at + place + (event.format().isOnline() ? (event.place() == null ? ", " : " and ") + "online" : "");
        return new Happening(residentId, kind, new Words(event.title().pl(), event.title().en()), new Words(pl, en),
                "/event.xhtml?id=" + event.id());
    }
}
