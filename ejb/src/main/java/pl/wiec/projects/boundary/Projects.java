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
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.platform.control.ReadOnce;
import pl.wiec.platform.entity.TextSearch;
import pl.wiec.projects.control.ParticipationMethods;
import pl.wiec.projects.entity.AttachmentRef;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectAttachment;
import pl.wiec.projects.entity.ProjectCover;
import pl.wiec.projects.entity.ProjectFilter;
import pl.wiec.projects.entity.ProjectTexts;
import pl.wiec.projects.entity.PastChange;
import pl.wiec.projects.entity.TimelineNeedsConfirmation;
import pl.wiec.projects.entity.TimelineRejected;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.staff.boundary.NotStaff;
import pl.wiec.staff.boundary.StaffDirectory;
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
    public static final String TAGGED = "projects.project.tagged";
    public static final String MODERATORS = "projects.project.moderators";
    public static final String COVERED = "projects.project.cover";
    public static final String ATTACHED = "projects.project.documents";
    /** What a staff login looks like in a directory (uid, sAMAccountName). */
    private static final java.util.regex.Pattern LOGIN = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,100}");
    static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    pl.wiec.projects.control.ProjectAccess access;

    @Inject
    StaffDirectory directory;

    @Inject
    ParticipationMethods methods;

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    @Inject
    Event<StaffAction> staffActions;

    /** Published projects, newest first: what the portal lists. */
    @PermitAll
    public List<Project> published() {
        return published(ProjectFilter.NONE);
    }

    /** Published projects that pass the residents' filter, newest first. */
    @PermitAll
    public List<Project> published(@NotNull ProjectFilter filter) {
        StringBuilder jpql = new StringBuilder("select distinct p from Project p");
        if (filter.areaId() != null) {
            jpql.append(" join p.areaIds area");
        }
        if (filter.topicId() != null) {
            jpql.append(" join p.topicIds topic");
        }
        jpql.append(" where p.visibility = :visibility");
        if (filter.areaId() != null) {
            jpql.append(" and area = :area");
        }
        if (filter.topicId() != null) {
            jpql.append(" and topic = :topic");
        }
        String running = "exists (select r from Phase r where r.project = p and r.startsOn <= :today and r.endsOn >= :today)";
        String started = "exists (select s from Phase s where s.project = p and s.startsOn <= :today)";
        String open = "exists (select o from Phase o where o.project = p and o.endsOn >= :today)";
        String any = "exists (select a from Phase a where a.project = p)";
        if (filter.stage() == ProjectFilter.Stage.RUNNING) {
            jpql.append(" and ").append(running);
        } else if (filter.stage() == ProjectFilter.Stage.UPCOMING) {
            jpql.append(" and not ").append(started).append(" and ").append(any);
        } else if (filter.stage() == ProjectFilter.Stage.FINISHED) {
            jpql.append(" and not ").append(open).append(" and ").append(any);
        }
        if (filter.search() != null) {
            String like = " like :search" + TextSearch.ESCAPE;
            jpql.append(" and (lower(p.titlePl)" + like + " or lower(p.summaryPl)" + like + " or lower(p.titleEn)"
                    + like + " or lower(p.summaryEn)" + like + ")");
        }
        if (filter.folderId() != null) {
            jpql.append(" and p.folderId = :folder");
        }
        jpql.append(" order by p.createdAt desc");
        var query = em.createQuery(jpql.toString(), Project.class).setParameter("visibility", Visibility.PUBLISHED);
        if (filter.areaId() != null) {
            query.setParameter("area", filter.areaId());
        }
        if (filter.topicId() != null) {
            query.setParameter("topic", filter.topicId());
        }
        if (filter.folderId() != null) {
            query.setParameter("folder", filter.folderId());
        }
        if (filter.stage() != null) {
            query.setParameter("today", today());
        }
        if (filter.search() != null) {
            query.setParameter("search", TextSearch.containing(filter.search()));
        }
        return query.getResultList();
    }

    /** Tags the project with areas and topics of the municipality. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project tag(long id, long loadedVersion, @NotNull java.util.Set<Long> areaIds,
            @NotNull java.util.Set<Long> topicIds) {
        java.util.Set<Long> knownAreas = taxonomy.areas().stream().map(pl.wiec.municipality.entity.Area::id)
                .collect(Collectors.toSet());
        java.util.Set<Long> knownTopics = taxonomy.topics().stream().map(pl.wiec.municipality.entity.Topic::id)
                .collect(Collectors.toSet());
        if (!knownAreas.containsAll(areaIds) || !knownTopics.containsAll(topicIds)) {
            throw new IllegalArgumentException("Unknown area or topic");
        }
        Project project = current(id, loadedVersion);
        project.tag(areaIds, topicIds);
        staffActions.fire(new StaffAction(TAGGED, subject(project), "areas " + areaIds + ", topics " + topicIds));
        return project;
    }

    /** Puts the project into one of the municipality's folders, or takes it out (null). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project file(long id, long loadedVersion, Long folderId) {
        if (folderId != null && taxonomy.folders().stream().noneMatch(folder -> folder.id().equals(folderId))) {
            throw new IllegalArgumentException("Unknown folder " + folderId);
        }
        Project project = current(id, loadedVersion);
        if (!java.util.Objects.equals(project.folderId(), folderId)) {
            project.file(folderId);
            staffActions.fire(new StaffAction(TAGGED, subject(project), "folder " + folderId));
        }
        return project;
    }

    /**
     * Names the project's moderators by their directory logins: staff with the moderator role who then manage the input
     * and moderate the content of their projects only. Each login must be a person of the office directory with the
     * moderator role, and is kept as the directory spells it (the name they sign in under).
     *
     * @throws NotStaff
     *             naming every login the directory does not know or whose person is no moderator
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project assignModerators(long id, long loadedVersion,
            @NotNull @Size(max = 50) java.util.Set<String> logins) {
        java.util.Set<String> typed = logins.stream().map(String::trim).filter(login -> !login.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (!typed.stream().allMatch(login -> LOGIN.matcher(login).matches())) {
            throw new NotStaff(typed.stream().filter(login -> !LOGIN.matcher(login).matches()).toList(), List.of());
        }
        java.util.Set<String> clean = directory.holders(typed, Roles.MODERATOR);
        Project project = current(id, loadedVersion);
        project.assignModerators(clean);
        staffActions.fire(new StaffAction(MODERATORS, subject(project), "moderators " + clean));
        return project;
    }

    /**
     * Sets the project's cover picture (PNG, JPEG or WebP, at most {@link ProjectCover#MAX_BYTES}) with a description
     * for people who cannot see it, or removes it (image null).
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project cover(long id, long loadedVersion, byte[] image, @Size(max = 300) String description) {
        Project project = current(id, loadedVersion);
        ProjectCover existing = em.find(ProjectCover.class, id);
        if (image == null) {
            if (existing != null) {
                em.remove(existing);
            }
            project.cover(null, null);
            staffActions.fire(new StaffAction(COVERED, subject(project), "cover removed"));
            return project;
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A cover needs a description");
        }
        ProjectCover cover = new ProjectCover(id, image, now());
        if (existing == null) {
            em.persist(cover);
        } else {
            existing.replaceWith(cover);
        }
        project.cover(cover.sha256(), description);
        staffActions.fire(new StaffAction(COVERED, subject(project), "cover: " + description.trim()));
        return project;
    }

    /** Adds a document residents can download (see {@link ProjectAttachment} for what is kept). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public AttachmentRef attach(long id,
            @NotNull @jakarta.validation.constraints.NotBlank @Size(max = 200) String title, @NotNull String fileName,
            @NotNull byte[] content) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new IllegalArgumentException("No project " + id);
        }
        ProjectAttachment attachment = new ProjectAttachment(id, title, fileName, content, now());
        em.persist(attachment);
        em.flush();
        staffActions.fire(new StaffAction(ATTACHED, subject(project),
                "document " + attachment.id() + ": " + attachment.title() + " (" + attachment.fileName() + ")"));
        return ref(attachment);
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void detach(long attachmentId) {
        ProjectAttachment attachment = em.find(ProjectAttachment.class, attachmentId);
        if (attachment != null) {
            em.remove(attachment);
            staffActions.fire(new StaffAction(ATTACHED, "project " + attachment.projectId(),
                    "document " + attachmentId + " removed: " + attachment.title()));
        }
    }

    /** The documents of a project the caller may see, in the order they were added. */
    @PermitAll
    public List<AttachmentRef> attachments(long id) {
        return find(id).isEmpty() ? List.of()
                : em.createQuery("select new pl.wiec.projects.entity.AttachmentRef(a.id, a.title, a.file.fileName,"
                        + " a.file.contentType, a.file.size) from ProjectAttachment a where a.projectId = :project order by a.id",
                        AttachmentRef.class).setParameter("project", id).getResultList();
    }

    /** One document, if its project may be seen by the caller. */
    @PermitAll
    public Optional<ProjectAttachment> attachment(long attachmentId) {
        ProjectAttachment attachment = em.find(ProjectAttachment.class, attachmentId);
        return attachment == null || find(attachment.projectId()).isEmpty() ? Optional.empty()
                : Optional.of(attachment);
    }

    private static AttachmentRef ref(ProjectAttachment attachment) {
        return new AttachmentRef(attachment.id(), attachment.title(), attachment.fileName(), attachment.contentType(),
                attachment.size());
    }

    /** The cover of a project the caller may see. */
    @PermitAll
    public Optional<ProjectCover> coverOf(long id) {
        return find(id).filter(Project::hasCover).map(project -> em.find(ProjectCover.class, id));
    }

    /**
     * The projects the calling moderator is assigned to (empty for anyone else): their start page in the back office.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
    public List<Project> mine() {
        List<Long> ids = access.assigned(context);
        return ids.isEmpty() ? List.of()
                : em.createQuery("select p from Project p where p.id in :ids order by p.createdAt desc", Project.class)
                        .setParameter("ids", ids).getResultList();
    }

    /**
     * A project as residents may see it: published or archived; a draft only for administrators, clerks and the
     * moderators who moderate it (a project moderator only the projects assigned to them).
     */
    @PermitAll
    public Optional<Project> find(long id) {
        // With its phases in the same statement: every caller asks for them (timeline, current phase, rules).
        Project project = ReadOnce.byId(em.createQuery(
                "select p from Project p left join fetch p.phases ph where p.id = :id order by ph.startsOn",
                Project.class).setParameter("id", id)).getResultStream().findFirst().orElse(null);
        if (project == null || !project.visibility().isPublic() && !seesDrafts(project.id())) {
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
     * Replaces the timeline, unless it changes what has already happened (see
     * {@link #plan(long, long, List, boolean)}).
     *
     * @throws TimelineRejected
     *             naming the phases that overlap (nothing is saved)
     * @throws TimelineNeedsConfirmation
     *             naming each begun phase it would end, move or remove (nothing is saved)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project plan(long id, long loadedVersion, @NotNull List<@NotNull PhasePlan> phases)
            throws TimelineRejected, TimelineNeedsConfirmation {
        return plan(id, loadedVersion, phases, false);
    }

    /**
     * Replaces the timeline. Every phase needs a Polish title and a deployed method; phases may not overlap. A change
     * of what has already happened (a running phase ended before today, a begun phase moved or removed) is saved only
     * when {@code confirmed}, and the audit log names it.
     *
     * @throws TimelineRejected
     *             naming the phases that overlap (nothing is saved)
     * @throws TimelineNeedsConfirmation
     *             when not confirmed, naming each such change (nothing is saved)
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Project plan(long id, long loadedVersion, @NotNull List<@NotNull PhasePlan> phases, boolean confirmed)
            throws TimelineRejected, TimelineNeedsConfirmation {
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
        List<PastChange> past = project.pastChanges(phases, today());
        if (!past.isEmpty() && !confirmed) {
            throw new TimelineNeedsConfirmation(past);
        }
        project.plan(phases);
        em.flush();
        staffActions.fire(new StaffAction(PLANNED, subject(project),
                project.phases().stream()
                        .map(phase -> phase.startsOn() + " – " + phase.endsOn() + " " + phase.method() + ": "
                                + phase.title().pl())
                        .collect(Collectors.joining("\n"))
                        + past.stream().map(change -> "\nconfirmed " + change.change() + ": " + change.title().pl())
                                .collect(Collectors.joining())));
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

    private boolean seesDrafts(long projectId) {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK)
                || access.moderates(context, projectId);
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
