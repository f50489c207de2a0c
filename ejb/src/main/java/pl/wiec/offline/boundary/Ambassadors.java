package pl.wiec.offline.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.offline.entity.Ambassador;
import pl.wiec.offline.entity.Invitation;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;

/**
 * Ambassadors of projects: administrators and clerks invite them with a one-time link and withdraw them; a resident who
 * opens the link signed in becomes one; an ambassador sees the projects they key in for.
 */
@Stateless
public class Ambassadors {

    public static final String INVITED = "offline.ambassador.invited";
    public static final String WITHDRAWN = "offline.ambassador.withdrawn";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Residents residents;

    @Inject
    Event<StaffAction> staffActions;

    /**
     * A new invitation to be an ambassador of the project: the token for the link, shown once (the database keeps its
     * SHA-256), valid for {@link Invitation#VALID_FOR} and for one resident.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public String invite(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new IllegalArgumentException("No project " + projectId);
        }
        String token = Secrets.token();
        em.persist(new Invitation(Secrets.sha256(token), projectId, context.getCallerPrincipal().getName(), now()));
        staffActions.fire(new StaffAction(INVITED, "project " + projectId, project.title().pl()));
        return token;
    }

    /** The project's ambassadors, by public name. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public List<AmbassadorView> of(long projectId) {
        List<Ambassador> ambassadors = em
                .createQuery("select a from Ambassador a where a.projectId = :project order by a.since",
                        Ambassador.class)
                .setParameter("project", projectId).getResultList();
        Map<Long, String> names = residents.publicNames(ambassadors.stream().map(Ambassador::residentId).toList());
        return ambassadors.stream().map(a -> new AmbassadorView(a.residentId(), names.getOrDefault(a.residentId(), ""),
                a.since(), a.invitedBy())).toList();
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void withdraw(long projectId, long residentId) {
        Ambassador ambassador = em.find(Ambassador.class, new Ambassador.Key(projectId, residentId));
        if (ambassador != null) {
            em.remove(ambassador);
            staffActions.fire(new StaffAction(WITHDRAWN, "project " + projectId, "resident " + residentId));
        }
    }

    /** The project an open invitation is for (empty when the link is unknown, used or expired). */
    @RolesAllowed(Resident.ROLE)
    public Optional<Project> invitedTo(@NotNull String token) {
        return Optional.ofNullable(em.find(Invitation.class, Secrets.sha256(token)))
                .filter(invitation -> invitation.isOpen(now()))
                .map(invitation -> em.find(Project.class, invitation.projectId()));
    }

    /**
     * Makes the caller an ambassador of the invitation's project (once more is harmless).
     *
     * @return the project, or empty when the link is unknown, used or expired
     */
    @RolesAllowed(Resident.ROLE)
    public Optional<Long> accept(@NotNull String token) {
        Invitation invitation = em.find(Invitation.class, Secrets.sha256(token));
        Instant now = now();
        if (invitation == null || !invitation.isOpen(now)) {
            return Optional.empty();
        }
        invitation.accept(now);
        long me = residents.myId();
        if (em.find(Ambassador.class, new Ambassador.Key(invitation.projectId(), me)) == null) {
            em.persist(new Ambassador(invitation.projectId(), me, now, invitation.invitedBy()));
        }
        return Optional.of(invitation.projectId());
    }

    /** The projects the caller keys in for, as they show. */
    @RolesAllowed(Resident.ROLE)
    public List<Project> mine() {
        List<Long> ids = em
                .createQuery("select a.projectId from Ambassador a where a.residentId = :me order by a.projectId",
                        Long.class)
                .setParameter("me", residents.myId()).getResultList();
        return ids.stream().map(id -> em.find(Project.class, id)).filter(java.util.Objects::nonNull).toList();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
