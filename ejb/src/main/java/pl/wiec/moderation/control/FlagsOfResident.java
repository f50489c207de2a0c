package pl.wiec.moderation.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/** What a resident reported to the moderators: which content, why, when. */
@ApplicationScoped
public class FlagsOfResident {

    private static final List<String> REPORT = List.of("contentType", "contentId", "reason", "reportedAt");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(700) PersonalData data) {
        PersonalData.Section reports = data.section("reports");
        em.createQuery("select c.contentType, c.contentId, f.reason, f.flaggedAt from Flag f, ModerationCase c"
                + " where f.caseId = c.id and f.residentId = :resident order by f.flaggedAt", Object[].class)
                .setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> reports.add().put(REPORT, row));
    }
}
