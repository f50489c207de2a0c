package pl.wiec.budget.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Checklist;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Pool;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Words;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.projects.boundary.ProjectChangedMeanwhile;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.staff.entity.Roles;

/**
 * Budget editions as staff configure them (rules and pools) and the projects put forward in them, with staff's
 * decisions to admit them to the vote or reject them. Anyone reads an edition, its pools and every decision with its
 * reason: the lists are public, as the rules require.
 */
@Stateless
public class BudgetEditions {

    public static final String CONFIGURED = "budget.edition.configured";
    public static final String ENTERED = "budget.project.entered";
    public static final String ADMITTED = "budget.project.admitted";
    public static final String REJECTED = "budget.project.rejected";
    public static final String APPEAL_DECIDED = "budget.project.appeal";
    public static final String CHECKED = "budget.project.checked";
    public static final String SUPPORTERS = "budget.project.supporters";
    public static final String CORRECTIONS = "budget.project.corrections";

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    Event<Happening> happenings;

    /** The edition of a project residents may see (or staff, for a draft), with its pools. */
    @PermitAll
    public Optional<Edition> edition(long projectId) {
        if (projects.find(projectId).isEmpty()) {
            return Optional.empty();
        }
        Optional<Edition> edition = Optional.ofNullable(em.find(Edition.class, projectId));
        edition.ifPresent(Edition::pools);
        return edition;
    }

    /**
     * Makes the project a budget edition, or changes its rules and pools.
     *
     * @param loadedVersion
     *            the version staff edited, null when the project is not an edition yet
     *
     * @throws EditionLocked
     *             when ballots exist and the pools would change, or a pool with projects would go
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public Edition configure(long projectId, Long loadedVersion, @NotNull EditionRules rules,
            @NotNull @Size(min = 1, max = 100) List<@NotNull PoolPlan> pools) throws EditionLocked {
        if (projects.find(projectId).isEmpty()) {
            throw new IllegalArgumentException("No project " + projectId);
        }
        Edition edition = em.find(Edition.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            edition = new Edition(projectId, rules);
            em.persist(edition);
        } else {
            if (loadedVersion == null || edition.version() != loadedVersion) {
                throw new ProjectChangedMeanwhile();
            }
            if (ballots(projectId) > 0 && !edition.pools().stream().map(Pool::plan).toList().equals(pools)) {
                throw new EditionLocked("Ballots have been cast; the pools stay as voters saw them");
            }
            EditionRules before = edition.rules();
            if (ballots(projectId) > 0 && (before.conflictRule() != rules.conflictRule()
                    || before.poolDefectVoidsPool() != rules.poolDefectVoidsPool())) {
                throw new EditionLocked("Ballots have been cast; every card is judged by the same rules");
            }
            edition.configure(rules);
        }
        Set<Long> inUse = new HashSet<>(
                em.createQuery("select distinct p.poolId from BudgetProject p where p.editionId = :edition", Long.class)
                        .setParameter("edition", projectId).getResultList());
        try {
            edition.replacePools(pools, inUse);
        } catch (IllegalStateException e) {
            throw new EditionLocked(e.getMessage());
        }
        em.flush();
        staffActions.fire(new StaffAction(CONFIGURED, subject(projectId),
                rules + "\n"
                        + edition.pools().stream()
                                .map(pool -> pool.name().pl() + ": " + pool.amount() + " zł, " + pool.method())
                                .collect(Collectors.joining("\n"))));
        return edition;
    }

    /**
     * Enters a project submitted on paper (or by post) for the author: it gets the next number and waits for
     * verification like any other.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject enter(long projectId, long poolId, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String summary, @Size(max = 300) String location,
            @NotNull @DecimalMin("0.01") BigDecimal cost) {
        Edition edition = em.find(Edition.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw new IllegalArgumentException("No edition " + projectId);
        }
        Pool pool = edition.pool(poolId).orElseThrow(() -> new IllegalArgumentException("No pool " + poolId));
        if (!pool.admitsCost(cost)) {
            throw new IllegalArgumentException("The cost is above the pool's cap");
        }
        int number = em.createQuery("select coalesce(max(p.number), 0) from BudgetProject p where p.editionId = :e",
                Integer.class).setParameter("e", projectId).getSingleResult() + 1;
        BudgetProject project = new BudgetProject(pool, number, title.trim(), summary.trim(),
                location == null || location.isBlank() ? null : location.trim(), cost, null, now());
        em.persist(project);
        em.flush();
        staffActions.fire(new StaffAction(ENTERED, "budget project " + project.id(),
                "no. " + number + ": " + project.title() + ", " + cost + " zł"));
        return project;
    }

    /** Records the count of signatures on the author's paper list of supporters. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject countPaperSupporters(long budgetProjectId, long loadedVersion, int signatures) {
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.countPaperSupporters(signatures);
        staffActions.fire(new StaffAction(SUPPORTERS, "budget project " + project.id(), signatures + " signatures"));
        return project;
    }

    /** Records staff's answers to the verification checklist (formal, legal, technical, cost) and their notes. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject verify(long budgetProjectId, long loadedVersion, @NotNull Checklist answers) {
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.check(answers);
        staffActions.fire(new StaffAction(CHECKED, "budget project " + project.id(),
                "formal " + answers.formal() + ", legal " + answers.legal() + ", technical " + answers.technical()
                        + ", cost " + answers.cost() + (answers.notes() == null ? "" : "; " + answers.notes())));
        return project;
    }

    /** Sends the project back to its author to correct as the note says, by the day given. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject askForCorrections(long budgetProjectId, long loadedVersion,
            @NotBlank @Size(max = 4000) String note, @NotNull java.time.LocalDate until) {
        if (until.isBefore(projects.today())) {
            throw new IllegalArgumentException("The day for corrections has passed");
        }
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.askForCorrections(note, until);
        tell(project, new Words("prośba o poprawki do " + until + ": " + note.trim(),
                "corrections asked for by " + until + ": " + note.trim()));
        staffActions
                .fire(new StaffAction(CORRECTIONS, "budget project " + project.id(), "until " + until + ": " + note));
        return project;
    }

    /** Admits the project to the vote: it must have passed the checklist. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject admit(long budgetProjectId, long loadedVersion) {
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.admit(now());
        tell(project, new Words("dopuszczony do głosowania", "admitted to the vote"));
        staffActions.fire(new StaffAction(ADMITTED, "budget project " + project.id(), project.title()));
        return project;
    }

    /** Does not admit the project to the vote, for the reason given (published with it). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject reject(long budgetProjectId, long loadedVersion, @NotBlank @Size(max = 4000) String reason) {
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.reject(reason, now());
        tell(project, new Words(
                "nie został dopuszczony do głosowania — " + reason.trim()
                        + " Możesz się odwołać na stronie swoich projektów.",
                "not admitted to the vote: " + reason.trim() + " You can appeal on the page of your projects."));
        staffActions.fire(new StaffAction(REJECTED, "budget project " + project.id(), reason));
        return project;
    }

    /** Decides the author's appeal against the rejection: allowed (the project goes to the vote) or dismissed. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public BudgetProject decideAppeal(long budgetProjectId, long loadedVersion, boolean allowed,
            @NotBlank @Size(max = 4000) String reason) {
        BudgetProject project = current(budgetProjectId, loadedVersion);
        project.decideAppeal(allowed, reason, now());
        tell(project, allowed
                ? new Words("odwołanie uwzględnione, projekt dopuszczony do głosowania — " + reason.trim(),
                        "appeal allowed, the project is admitted to the vote: " + reason.trim())
                : new Words("odwołanie nieuwzględnione — " + reason.trim(), "appeal dismissed: " + reason.trim()));
        staffActions.fire(new StaffAction(APPEAL_DECIDED, "budget project " + project.id(),
                (allowed ? "allowed: " : "dismissed: ") + reason));
        return project;
    }

    /** Every project of the edition with where it stands, by number: the public list of decisions. */
    @PermitAll
    public List<BudgetProject> projects(long projectId) {
        if (projects.find(projectId).isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(BudgetProject.OF_EDITION, BudgetProject.class).setParameter("edition", projectId)
                .getResultList();
    }

    /** The projects in one status, by number. */
    @PermitAll
    public List<BudgetProject> projects(long projectId, @NotNull ProjectStatus status) {
        return projects(projectId).stream().filter(project -> project.status() == status).toList();
    }

    private long ballots(long projectId) {
        return em.createQuery("select count(b) from Ballot b where b.editionId = :edition", Long.class)
                .setParameter("edition", projectId).getSingleResult();
    }

    /** Tells the project's author (if a resident wrote it) what staff decided, in their language. */
    private void tell(BudgetProject project, Words decision) {
        if (project.authorId() != null) {
            happenings.fire(new Happening(project.authorId(), Kind.BUDGET_DECISION, Words.same(project.title()),
                    decision, "/budget/submit.xhtml?project=" + project.editionId()));
        }
    }

    private BudgetProject current(long id, long loadedVersion) {
        BudgetProject project = em.find(BudgetProject.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (project == null) {
            throw new IllegalArgumentException("No budget project " + id);
        }
        if (project.version() != loadedVersion) {
            throw new ProjectChangedMeanwhile();
        }
        return project;
    }

    private static String subject(long projectId) {
        return "project " + projectId;
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
