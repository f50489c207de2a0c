package pl.wiec.events.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/**
 * The meetings and walks a resident signed up for: which, when, whether with a seat or waiting, whether they came, when
 * they were reminded.
 */
@ApplicationScoped
public class EventsOfResident {

    private static final List<String> REGISTRATION = List.of("eventId", "event", "startsAt", "status", "registeredAt",
            "attended", "remindedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(500) PersonalData data) {
        PersonalData.Section registrations = data.section("eventRegistrations");
        em.createQuery("select e.id, case when :english = true and e.titleEn is not null then e.titleEn"
                + " else e.titlePl end, e.startsAt, r.status, r.registeredAt, r.attended, r.remindedAt"
                + " from Registration r, CivicEvent e where r.eventId = e.id and r.residentId = :resident"
                + " order by e.startsAt", Object[].class).setParameter("resident", data.residentId())
                .setParameter("english", data.inEnglish()).getResultList()
                .forEach(row -> registrations.add().put(REGISTRATION, row));
    }
}
