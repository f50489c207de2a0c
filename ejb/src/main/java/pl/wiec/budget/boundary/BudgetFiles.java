package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.control.SubmissionWindow;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.FileKind;
import pl.wiec.budget.entity.FileRef;
import pl.wiec.budget.entity.ProjectFile;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;

/**
 * Files of budget projects: drawings, maps, photos of the place (public once the project is submitted) and the scanned
 * paper list of supporters (personal data: only its author and staff see it). The author adds and removes them while
 * they may change the project; staff (for projects handed in on paper, or a list brought to the office) at any time.
 */
@Stateless
public class BudgetFiles {

    public static final String FILED = "budget.project.file";
    public static final String UNFILED = "budget.project.file.removed";

    private static final String REF = "new pl.wiec.budget.entity.FileRef(f.id, f.projectId, f.kind, f.title,"
            + " f.file.fileName, f.file.size)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    SubmissionWindow window;

    @Inject
    Event<StaffAction> staffActions;

    @Resource
    SessionContext context;

    /**
     * Adds a file to the project.
     *
     * @return the file, or empty when the project already has {@link ProjectFile#MAX_PER_PROJECT} files
     *
     * @throws NotAllowed
     *             (its refusal) when the author may not change the project now
     * @throws IllegalArgumentException
     *             the caller is a resident who did not write the project, or the file is of a kind Wiec does not keep
     */
    @RolesAllowed({ Resident.ROLE, Roles.ADMINISTRATOR, Roles.CLERK })
    public Optional<FileRef> attach(long projectId, @NotNull FileKind kind, @NotBlank @Size(max = 200) String title,
            String fileName, @NotNull byte[] content) throws NotAllowed {
        BudgetProject project = em.find(BudgetProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        boolean staff = isStaff();
        mayChange(project, staff);
        if (refs(project, true).size() >= ProjectFile.MAX_PER_PROJECT) {
            return Optional.empty();
        }
        ProjectFile file = new ProjectFile(project, kind, title, fileName, content, staff, now());
        em.persist(file);
        em.flush();
        if (staff) {
            staffActions.fire(new StaffAction(FILED, subject(projectId), file.id() + " " + kind + ": " + file.title()));
        }
        return Optional.of(file.ref());
    }

    /**
     * Removes a file of the project.
     *
     * @throws NotAllowed
     *             (its refusal) when the author may not change the project now
     */
    @RolesAllowed({ Resident.ROLE, Roles.ADMINISTRATOR, Roles.CLERK })
    public void detach(long fileId) throws NotAllowed {
        Optional<FileRef> file = ref(fileId);
        if (file.isEmpty()) {
            return;
        }
        boolean staff = isStaff();
        mayChange(em.find(BudgetProject.class, file.get().projectId(), LockModeType.PESSIMISTIC_WRITE), staff);
        em.createQuery("delete from ProjectFile f where f.id = :id").setParameter("id", fileId).executeUpdate();
        if (staff) {
            staffActions.fire(
                    new StaffAction(UNFILED, subject(file.get().projectId()), fileId + ": " + file.get().title()));
        }
    }

    /** The project's files the caller may download, in the order they were added. */
    @PermitAll
    public List<FileRef> files(long projectId) {
        BudgetProject project = em.find(BudgetProject.class, projectId);
        return project == null ? List.of() : refs(project, seesEverything(project));
    }

    /** How many files each of the edition's projects has (projects without files are missing). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Map<Long, Long> counts(long editionId) {
        return em
                .createQuery(
                        "select f.projectId, count(f) from ProjectFile f, BudgetProject p"
                                + " where p.id = f.projectId and p.editionId = :edition group by f.projectId",
                        Object[].class)
                .setParameter("edition", editionId).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The documents anyone may download, of every submitted project of the edition, by project. */
    @PermitAll
    public Map<Long, List<FileRef>> documents(long editionId) {
        return em
                .createQuery("select " + REF + " from ProjectFile f, BudgetProject p where p.id = f.projectId"
                        + " and p.editionId = :edition and p.status <> :draft and f.kind = :document order by f.id",
                        FileRef.class)
                .setParameter("edition", editionId).setParameter("draft", ProjectStatus.DRAFT)
                .setParameter("document", FileKind.DOCUMENT).getResultStream()
                .collect(Collectors.groupingBy(FileRef::projectId));
    }

    /** The file, if the caller may download it. */
    @PermitAll
    public Optional<ProjectFile> file(long fileId) {
        Optional<FileRef> ref = ref(fileId);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        BudgetProject project = em.find(BudgetProject.class, ref.get().projectId());
        return seesEverything(project) || isPublic(project, ref.get().kind())
                ? Optional.of(em.find(ProjectFile.class, fileId)) : Optional.empty();
    }

    /** One file as lists show it (its bytes are read only to be served). */
    private Optional<FileRef> ref(long fileId) {
        return em.createQuery("select " + REF + " from ProjectFile f where f.id = :id", FileRef.class)
                .setParameter("id", fileId).getResultStream().findFirst();
    }

    /** The project's files as lists show them, without loading their bytes. */
    private List<FileRef> refs(BudgetProject project, boolean everything) {
        return em
                .createQuery("select " + REF + " from ProjectFile f where f.projectId = :project order by f.id",
                        FileRef.class)
                .setParameter("project", project.id()).getResultList().stream()
                .filter(file -> everything || isPublic(project, file.kind())).toList();
    }

    private static boolean isPublic(BudgetProject project, FileKind kind) {
        return kind == FileKind.DOCUMENT && project.status() != ProjectStatus.DRAFT;
    }

    private boolean seesEverything(BudgetProject project) {
        return isStaff() || (context.isCallerInRole(Resident.ROLE) && project.isAuthoredBy(residents.me().id()));
    }

    private void mayChange(BudgetProject project, boolean staff) throws NotAllowed {
        if (project == null) {
            throw new IllegalArgumentException("No such budget project");
        }
        if (staff) {
            return;
        }
        var me = residents.me();
        if (!project.isAuthoredBy(me.id())) {
            throw new IllegalArgumentException("No project " + project.id() + " of the caller");
        }
        Optional<Refusal> refusal = window.whyNotChange(project, me);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK);
    }

    private static String subject(long projectId) {
        return "budget project " + projectId;
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
