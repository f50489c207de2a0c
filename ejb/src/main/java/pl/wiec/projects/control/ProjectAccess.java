package pl.wiec.projects.control;

import java.util.List;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.projects.boundary.NotProjectStaff;
import pl.wiec.staff.entity.Roles;

/**
 * Who has rights on which project. Administrators and clerks on every project. A moderator assigned to projects (a
 * project moderator) manages the input of those projects and moderates their content, and nothing else; a moderator
 * assigned to no project moderates the whole platform. Boundaries pass their {@link SessionContext}.
 */
@ApplicationScoped
public class ProjectAccess {

    @PersistenceContext
    EntityManager em;

    /** Input of the project: its ideas, statuses, answers, notes, exports. */
    public boolean manages(SessionContext caller, long projectId) {
        return caller.isCallerInRole(Roles.ADMINISTRATOR) || caller.isCallerInRole(Roles.CLERK)
                || caller.isCallerInRole(Roles.MODERATOR) && assigned(caller).contains(projectId);
    }

    public void requireManages(SessionContext caller, long projectId) {
        if (!manages(caller, projectId)) {
            throw new NotProjectStaff(projectId);
        }
    }

    /** Content of the project in the moderation queue. */
    public boolean moderates(SessionContext caller, long projectId) {
        if (caller.isCallerInRole(Roles.ADMINISTRATOR)) {
            return true;
        }
        if (!caller.isCallerInRole(Roles.MODERATOR)) {
            return false;
        }
        List<Long> projects = assigned(caller);
        return projects.isEmpty() || projects.contains(projectId);
    }

    public void requireModerates(SessionContext caller, long projectId) {
        if (!moderates(caller, projectId)) {
            throw new NotProjectStaff(projectId);
        }
    }

    /** The projects the caller is a project moderator of (empty for everyone else). */
    public List<Long> assigned(SessionContext caller) {
        return em
                .createNativeQuery("select project_id from project_moderator where staff_login = ? order by project_id")
                .setParameter(1, caller.getCallerPrincipal().getName()).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
