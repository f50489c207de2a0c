package pl.wiec.offline.control;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.residents.entity.PersonalData;

/**
 * The projects a resident is an ambassador of (they key paper forms there) and since when. Which clerk invited them is
 * the office's record of its staff's work, not the resident's data (as nowhere else staff logins are exported).
 */
@ApplicationScoped
public class AmbassadorsOfResident {

    private static final List<String> ROLE = List.of("projectId", "since");

    @PersistenceContext
    EntityManager em;

    void gather(@Observes @Priority(600) PersonalData data) {
        PersonalData.Section roles = data.section("ambassadorRoles");
        em.createQuery(
                "select a.projectId, a.since from Ambassador a where a.residentId = :resident" + " order by a.since",
                Object[].class).setParameter("resident", data.residentId()).getResultList()
                .forEach(row -> roles.add().put(ROLE, row));
    }
}
