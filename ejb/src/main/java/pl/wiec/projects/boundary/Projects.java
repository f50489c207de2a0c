package pl.wiec.projects.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.projects.control.ParticipationMethods;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.TimelineRejected;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.staff.entity.Roles;

/**
 * Projects for residents (published and archived ones) and for the staff who run them (all, and every change, which
 * lands in the audit log). An edit based on an older version of the project than the stored one is refused with
 * {@link ProjectChangedMeanwhile}, so two clerks never overwrite each other silently.
 */
@Stateless
@DeclareRoles({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
public class Projects {

    public static final String CREATED = "projects.project.created";
    public static final String DESCRIBED = "projects.project.described";
    public static final String SHOWN = "projects.project.visibility";
    public static final String PLANNED = "projects.project.timeline";
    static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ParticipationMethods methods;

    @Inject
    Event<StaffAction> staffActions;

    /** Published projects, newest first: what the portal lists. */
    @PermitAll
    public List<Project> published() {
        return em.createQuery("select p from Project p where p.visibility = :visibility order by p.createdAt desc",
                Project.class).setParameter("visibility", Visibility.PUBLISHED).getResultList();
    }

    /** A project as residents may see it: published or archived; a draft only for staff. */
    @PermitAll
    public Optional<Project> find(long id) {
        Project project = em.find(Project.class, id);
        if (project == null || !project.visibility().isPublic() && !isStaff()) {
            return Optional.empty();
        }
        return Optional.of(project);
    }

    /** Every project, drafts included, newest first: the back office's list. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<Project> all() {
        return em.createQuery("select p from Project p order by p.createdAt desc", Project.class).getResultList();
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project create(@NotNull @Valid ProjectTexts texts) {
        Project project = new Project(texts, now());
        em.persist(project);
        em.flush();
        staffActions.fire(new StaffAction(CREATED, subject(project), "title: " + project.title()));
        return project;
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project describe(long id, long loadedVersion, @NotNull @Valid ProjectTexts texts) {
        Project project = current(id, loadedVersion);
        ProjectTexts before = project.texts();
        project.describe(texts);
        staffActions.fire(new StaffAction(DESCRIBED, subject(project), changes(before, project.texts())));
        return project;
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project show(long id, long loadedVersion, @NotNull Visibility visibility) {
        Project project = current(id, loadedVersion);
        Visibility before = project.visibility();
        project.show(visibility);
        staffActions.fire(new StaffAction(SHOWN, subject(project), before + " → " + visibility));
        return project;
    }

    /**
     * Replaces the timeline. Every phase needs a Polish title and a deployed method; phases may not overlap.
     *
     * @throws TimelineRejected
     *             naming the phases that overlap (nothing is saved)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project plan(long id, long loadedVersion, @NotNull List<@NotNull PhasePlan> phases) throws TimelineRejected {
        for (PhasePlan phase : phases) {
            if (phase.title() == null || !phase.title().hasPolish() || phase.startsOn() == null
                    || phase.endsOn() == null || methods.byKey(phase.method()).isEmpty()) {
                throw new IllegalArgumentException("A phase needs a Polish title, both dates and a known method");
            }
            boolean countsSupports = methods.byKey(phase.method()).orElseThrow().countsSupports();
            if (countsSupports && (phase.supportThreshold() == null || phase.supportThreshold() < 1
                    || phase.supportDays() == null || phase.supportDays() < 1)) {
                throw new IllegalArgumentException("A phase that counts supports needs a threshold and days");
            }
        }
        Project project = current(id, loadedVersion);
        project.plan(phases);
        em.flush();
        staffActions.fire(new StaffAction(PLANNED, subject(project), project.phases().stream().map(
                phase -> phase.startsOn() + " – " + phase.endsOn() + " " + phase.method() + ": " + phase.title().pl())
                .collect(Collectors.joining("\n"))));
        return project;
    }

    /** Today in Poland, the day phases are counted in. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.now(Clock.system(POLAND));
    }

    private Project current(long id, long loadedVersion) {
        Project project = em.find(Project.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw new IllegalArgumentException("No project " + id);
        }
        if (project.version() != loadedVersion) {
            throw new ProjectChangedMeanwhile();
        }
        return project;
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK)
                || context.isCallerInRole(Roles.MODERATOR);
    }

    private static String subject(Project project) {
        return "project " + project.id();
    }

    private static String changes(ProjectTexts before, ProjectTexts after) {
        StringBuilder changes = new StringBuilder();
        if (!before.title().equals(after.title())) {
            changes.append("title: \"").append(before.title()).append("\" → \"").append(after.title()).append("\"\n");
        }
        if (!before.summary().equals(after.summary())) {
            changes.append("summary changed\n");
        }
        if (!before.description().equals(after.description())) {
            changes.append("description changed\n");
        }
        return changes.length() == 0 ? "no change" : changes.toString().trim();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
