package pl.wiec.budget.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.budget.boundary.SubmissionRejected.Problem;
import pl.wiec.budget.control.SubmissionMail;
import pl.wiec.budget.control.SubmissionWindow;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.ProjectDraft;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.budget.entity.ProjectSupport;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/**
 * Residents' own budget projects: written as drafts and saved as often as they like, submitted while the submission
 * phase runs (by the phase's submit rule) with the next number and a confirmation e-mail with the PDF, changed by their
 * author until that phase ends; and, once rejected, appealed within the edition's days.
 */
@Stateless
public class BudgetSubmissions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Event<SubmissionMail.Confirmed> confirmations;

    @Inject
    pl.wiec.platform.control.InsertOnce insertOnce;

    @Inject
    SubmissionWindow window;

    /** Why the caller (or an anonymous visitor) may not submit to the edition now, if they may not. */
    @PermitAll
    public Optional<Refusal> whyNot(long editionId, ResidentAccount caller) {
        return window.whyNot(editionId, caller);
    }

    /** Why the signed-in resident may not submit to the edition now, if they may not. */
    @RolesAllowed(Resident.ROLE)
    public Optional<Refusal> whyNotMe(long editionId) {
        return whyNot(editionId, residents.me());
    }

    /**
     * Supports the project (someone else's, submitted, while submission runs), by the submission phase's support rule;
     * supporting it again, or twice at once, leaves one support.
     *
     * @throws NotAllowed
     *             (its refusal) when the caller may not support projects now
     */
    @RolesAllowed(Resident.ROLE)
    public void support(long projectId) throws NotAllowed {
        ResidentAccount me = residents.me();
        BudgetProject project = em.find(BudgetProject.class, projectId);
        if (project == null
                || (project.status() != ProjectStatus.SUBMITTED && project.status() != ProjectStatus.CORRECTIONS)
                || project.isAuthoredBy(me.id())) {
            throw new IllegalArgumentException("Project " + projectId + " cannot be supported by the caller");
        }
        Optional<Phase> phase = window.phase(project.editionId());
        Optional<Refusal> refusal = phase.isEmpty() ? Optional.of(Refusal.PHASE_CLOSED) : Eligibility.to(Action.SUPPORT,
                phase.get(), projects.today(), me.verification(), me.dateOfBirth(), me.residenceArea());
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        try {
            insertOnce.insert(new ProjectSupport(projectId, me.id(), now()),
                    new ProjectSupport.Key(projectId, me.id()));
        } catch (jakarta.ejb.EJBException raced) {
            // A parallel request stored the same support first: there is one, as wanted.
        }
    }

    /** How many residents support the project online. */
    @PermitAll
    public long supporters(long projectId) {
        return em.createQuery("select count(s) from ProjectSupport s where s.projectId = :project", Long.class)
                .setParameter("project", projectId).getSingleResult();
    }

    /** Which of the edition's projects the caller supports. */
    @RolesAllowed(Resident.ROLE)
    public java.util.Set<Long> supportedByMe(long editionId) {
        return new java.util.HashSet<>(em
                .createQuery(
                        "select s.projectId from ProjectSupport s, BudgetProject p"
                                + " where p.id = s.projectId and p.editionId = :edition and s.residentId = :me",
                        Long.class)
                .setParameter("edition", editionId).setParameter("me", residents.me().id()).getResultList());
    }

    /** The caller's projects in the edition, drafts included, newest first. */
    @RolesAllowed(Resident.ROLE)
    public List<BudgetProject> mine(long editionId) {
        return em
                .createQuery("select p from BudgetProject p where p.editionId = :edition and p.authorId = :me"
                        + " order by p.id desc", BudgetProject.class)
                .setParameter("edition", editionId).setParameter("me", residents.me().id()).getResultList();
    }

    /**
     * Saves the draft: a new one ({@code projectId} null), or the caller's draft or submitted project while submission
     * runs. A draft may be incomplete.
     *
     * @throws NotAllowed
     *             (its refusal) when the caller may not submit to the edition now
     */
    @RolesAllowed(Resident.ROLE)
    public BudgetProject save(long editionId, Long projectId, @NotNull @Valid ProjectDraft draft) throws NotAllowed {
        ResidentAccount me = residents.me();
        BudgetProject existing = projectId == null ? null : own(projectId, me);
        Optional<Refusal> refusal = existing == null ? whyNot(editionId, me) : window.whyNotChange(existing, me);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        Pool pool = edition(editionId).pool(draft.poolId())
                .orElseThrow(() -> new IllegalArgumentException("No pool " + draft.poolId()));
        if (projectId == null) {
            BudgetProject created = BudgetProject.draft(pool, draft, me.id(), now());
            em.persist(created);
            em.flush();
            return created;
        }
        BudgetProject mine = existing;
        mine.revise(pool, draft);
        em.flush();
        return mine;
    }

    /**
     * Submits the caller's draft: it gets the edition's next number, anyone can read it, and a confirmation with its
     * PDF goes to the author's e-mail.
     *
     * @throws SubmissionRejected
     *             naming what is missing (title, description, universal design, costs) or a cost over the cap
     * @throws NotAllowed
     *             when the caller may not submit now
     */
    @RolesAllowed(Resident.ROLE)
    public BudgetProject submit(long projectId) throws SubmissionRejected, NotAllowed {
        ResidentAccount me = residents.me();
        BudgetProject draft = own(projectId, me);
        boolean correcting = window.isCorrecting(draft);
        Optional<Refusal> refusal = window.whyNotChange(draft, me);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        Edition edition = em.find(Edition.class, draft.editionId(), LockModeType.PESSIMISTIC_WRITE);
        Pool pool = edition.pool(draft.poolId()).orElseThrow();
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        ProjectDraft written = draft.draft();
        if (written.title() == null || written.title().isBlank() || written.title().equals("(bez tytułu)")) {
            problems.add(Problem.TITLE_MISSING);
        }
        if (written.summary() == null || written.summary().isBlank()) {
            problems.add(Problem.SUMMARY_MISSING);
        }
        if (written.accessibility() == null || written.accessibility().isBlank()) {
            problems.add(Problem.ACCESSIBILITY_MISSING);
        }
        if (written.costItems().isEmpty()) {
            problems.add(Problem.COST_MISSING);
        } else if (!pool.admitsCost(written.cost())) {
            problems.add(Problem.OVER_CAP);
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRejected(problems);
        }
        if (correcting) {
            draft.resubmit();
        } else if (draft.status() == ProjectStatus.DRAFT) {
            int number = em
                    .createQuery("select coalesce(max(p.number), 0) from BudgetProject p" + " where p.editionId = :e",
                            Integer.class)
                    .setParameter("e", draft.editionId()).getSingleResult() + 1;
            draft.submit(number, now());
            em.flush();
            if (me.email() != null && me.emailConfirmedAt() != null) {
                // A transactional confirmation of an official submission: sent whatever the notification settings.
                confirmations.fire(new SubmissionMail.Confirmed(me.email(), draft,
                        projects.find(draft.editionId()).map(Project::title).map(t -> t.pl()).orElse(""),
                        pool.name().pl()));
            }
        }
        return draft;
    }

    /**
     * Appeals the rejection of the caller's project, within the edition's days after the decision.
     *
     * @return false when the time to appeal is over (nothing changed)
     */
    @RolesAllowed(Resident.ROLE)
    public boolean appeal(long projectId, @NotBlank @Size(max = 4000) String text) {
        BudgetProject rejected = own(projectId, residents.me());
        if (rejected.status() != ProjectStatus.REJECTED || rejected.appealedAt() != null) {
            throw new IllegalStateException("Project " + projectId + " has no rejection to appeal");
        }
        Instant deadline = appealDeadline(rejected);
        if (now().isAfter(deadline)) {
            return false;
        }
        rejected.appeal(text, now(), deadline);
        return true;
    }

    /** The last moment the project's rejection may be appealed. */
    @PermitAll
    public Instant appealDeadline(@NotNull BudgetProject rejected) {
        int days = edition(rejected.editionId()).rules().appealDays();
        return rejected.decidedAt().plus(Duration.ofDays(days));
    }

    private BudgetProject own(long projectId, ResidentAccount me) {
        BudgetProject project = em.find(BudgetProject.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (project == null || !project.isAuthoredBy(me.id())) {
            throw new IllegalArgumentException("No project " + projectId + " of the caller");
        }
        return project;
    }

    private Edition edition(long editionId) {
        Edition edition = em.find(Edition.class, editionId);
        if (edition == null) {
            throw new IllegalArgumentException("No edition " + editionId);
        }
        return edition;
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
