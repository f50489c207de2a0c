package pl.wiec.offline.control;

import java.util.Optional;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.offline.entity.Ambassador;
import pl.wiec.offline.entity.Keyer;
import pl.wiec.projects.boundary.NotProjectStaff;
import pl.wiec.projects.control.ProjectAccess;
import pl.wiec.residents.entity.AccountDeleted;
import pl.wiec.residents.entity.Resident;

/**
 * Who may key in a project's offline answers (paper forms, consultation points, events, post): the staff who manage its
 * input (administrators, clerks, its project moderators) and its ambassadors. Boundaries pass their context.
 */
@ApplicationScoped
public class Keyers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProjectAccess access;

    /** The caller as the keyer of the project's offline answers, if they may be one. */
    public Optional<Keyer> of(SessionContext caller, long projectId) {
        String name = caller.getCallerPrincipal().getName();
        if (access.manages(caller, projectId)) {
            return Optional.of(Keyer.staff(name));
        }
        if (caller.isCallerInRole(Resident.ROLE)) {
            return Resident.idOf(name).filter(id -> isAmbassador(id, projectId)).map(Keyer::ambassador);
        }
        return Optional.empty();
    }

    /** The caller as the keyer, or an access refusal. */
    public Keyer require(SessionContext caller, long projectId) {
        return of(caller, projectId)
                .orElseThrow(() -> new NotProjectStaff("Neither staff nor an ambassador of project " + projectId));
    }

    /** A deleted account is nobody's ambassador any more. */
    void accountDeleted(@Observes AccountDeleted deleted) {
        em.createQuery("delete from Ambassador a where a.residentId = :resident")
                .setParameter("resident", deleted.residentId()).executeUpdate();
    }

    public boolean isAmbassador(long residentId, long projectId) {
        return em.find(Ambassador.class, new Ambassador.Key(projectId, residentId)) != null;
    }
}
