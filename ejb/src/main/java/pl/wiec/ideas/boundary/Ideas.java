package pl.wiec.ideas.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.ideas.control.IdeationMethod;
import pl.wiec.ideas.control.ProposalsMethod;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.IdeaStatus;
import pl.wiec.ideas.entity.Support;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.platform.control.InsertOnce;
import pl.wiec.platform.entity.IdeaResidentKey;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;

/**
 * Ideas of a project: anyone reads those of published projects; a signed-in resident submits one in a running ideation
 * phase when the phase's rule lets them ({@link NotAllowed} says why not).
 */
@Stateless
@DeclareRoles({ Resident.ROLE, Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
public class Ideas {

    /** The most ideas one page lists. */
    public static final int PAGE = 50;
    public static final String THRESHOLD = "threshold";
    /** What a list shows: visible ideas, and the caller's own whatever moderation decided. */
    private static final String SEEN = "(i.visibility = :visible or i.authorId = :me)";
    private static final Logger LOG = Logger.getLogger(Ideas.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Moderation moderation;

    @Inject
    InsertOnce insertOnce;

    @Inject
    jakarta.enterprise.event.Event<Happening> happenings;

    @Resource
    SessionContext context;

    /** A page of a project's ideas, newest first; nothing for a project residents may not see. */
    @PermitAll
    public List<Idea> of(long projectId, int first) {
        if (projects.find(projectId).isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("select i from Idea i where i.projectId = :project and " + SEEN
                        + " order by i.createdAt desc, i.id desc", Idea.class)
                .setParameter("project", projectId).setParameter("visible", ModerationState.VISIBLE)
                .setParameter("me", callerId()).setFirstResult(Math.max(0, first)).setMaxResults(PAGE).getResultList();
    }

    @PermitAll
    public long count(long projectId) {
        return projects.find(projectId).isEmpty() ? 0
                : em.createQuery("select count(i) from Idea i where i.projectId = :project and " + SEEN, Long.class)
                        .setParameter("project", projectId).setParameter("visible", ModerationState.VISIBLE)
                        .setParameter("me", callerId()).getSingleResult();
    }

    /** One idea of a project residents may see. */
    @PermitAll
    public Optional<Idea> find(long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null || projects.find(idea.projectId()).isEmpty()) {
            return Optional.empty();
        }
        boolean seen = idea.visibility() == ModerationState.VISIBLE || idea.authorId().equals(callerId()) || isStaff();
        return seen ? Optional.of(idea) : Optional.empty();
    }

    /** The statuses ideas can have, with their labels and colours, in order. */
    @PermitAll
    public List<IdeaStatus> statuses() {
        return em.createQuery("select s from IdeaStatus s order by s.position", IdeaStatus.class).getResultList();
    }

    /** Why the caller may not submit in the project's running phase now; empty if they may. */
    @PermitAll
    public Optional<Refusal> whyNot(long projectId, ResidentAccount caller) {
        Optional<Phase> phase = ideationPhase(projectId);
        if (phase.isEmpty()) {
            return Optional.of(Refusal.PHASE_CLOSED);
        }
        return Eligibility.toSubmit(phase.get(), projects.today(), caller == null ? null : caller.verification(),
                caller == null ? null : caller.dateOfBirth());
    }

    @RolesAllowed(Resident.ROLE)
    public Idea submit(long projectId, @NotNull @Valid IdeaDraft draft) throws NotAllowed {
        ResidentAccount author = residents.me();
        Optional<Refusal> refusal = whyNot(projectId, author);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        Phase phase = ideationPhase(projectId).orElseThrow();
        Instant now = Instant.now(Clock.systemUTC());
        Idea idea = new Idea(projectId, phase.id(), author.id(), draft, now);
        if (ProposalsMethod.KEY.equals(phase.method()) && phase.supportDays() != null) {
            idea.collectSupportsUntil(now.plus(Duration.ofDays(phase.supportDays())));
        }
        em.persist(idea);
        em.flush();
        if (moderation.holdIfBlocked(ContentType.IDEA, idea.id(), projectId,
                String.join("\n", idea.title(), idea.body(), String.valueOf(idea.place())))) {
            idea.moderate(ModerationState.HELD, null);
            LOG.info(() -> "Idea " + idea.id() + " held for review: it contains a blocked word");
        }
        LOG.info(() -> "Resident " + author.id() + " submitted idea " + idea.id() + " in project " + projectId);
        return idea;
    }

    /**
     * Supports a proposal (once per resident, also under double clicks). Who may support follows the phase's rule; the
     * proposal takes the status "threshold" the moment it has the phase's number of supports.
     *
     * @throws NotAllowed
     *             why the caller may not support it (sign in, verify, or the proposal no longer collects)
     */
    @RolesAllowed(Resident.ROLE)
    public long support(long ideaId) throws NotAllowed {
        Idea idea = find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea " + ideaId));
        Instant now = Instant.now(Clock.systemUTC());
        if (!idea.isProposal() || !IdeaStatus.SUBMITTED.equals(idea.status()) || !now.isBefore(idea.supportsUntil())) {
            throw new NotAllowed(Refusal.SUPPORT_CLOSED);
        }
        ResidentAccount me = residents.me();
        Phase phase = phaseOf(idea);
        Optional<Refusal> refusal = Eligibility.toSubmit(phase, projects.today(), me.verification(), me.dateOfBirth());
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        try {
            insertOnce.insert(new Support(ideaId, me.id(), now), new IdeaResidentKey(ideaId, me.id()));
        } catch (jakarta.ejb.EJBException raced) {
            LOG.fine(() -> "A support of proposal " + ideaId + " was already stored by a parallel request");
        }
        long supports = supports(ideaId);
        if (phase.supportThreshold() != null && supports >= phase.supportThreshold()) {
            Idea locked = em.find(Idea.class, ideaId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (IdeaStatus.SUBMITTED.equals(locked.status())) {
                locked.changeStatus(THRESHOLD);
                happenings.fire(new Happening(locked.authorId(), Kind.THRESHOLD, locked.title(), null,
                        "/idea.xhtml?id=" + locked.id()));
                LOG.info(() -> "Proposal " + ideaId + " reached its threshold of " + phase.supportThreshold());
            }
        }
        return supports;
    }

    @PermitAll
    public long supports(long ideaId) {
        return em.createQuery("select count(s) from Support s where s.ideaId = :idea", Long.class)
                .setParameter("idea", ideaId).getSingleResult();
    }

    /** Supports per proposal for the given ideas (ideas without supports are absent). */
    @PermitAll
    public java.util.Map<Long, Long> supportCounts(java.util.Collection<Long> ideaIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!ideaIds.isEmpty()) {
            em.createQuery("select s.ideaId, count(s) from Support s where s.ideaId in :ids group by s.ideaId",
                    Object[].class).setParameter("ids", ideaIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    @RolesAllowed(Resident.ROLE)
    public boolean supportedByMe(long ideaId) {
        return em.find(Support.class, new IdeaResidentKey(ideaId, residents.me().id())) != null;
    }

    /** The phase an idea was submitted in. */
    @PermitAll
    public Phase phaseOf(Idea idea) {
        return projects.find(idea.projectId()).orElseThrow().phases().stream()
                .filter(phase -> phase.id().equals(idea.phaseId())).findFirst().orElseThrow();
    }

    /**
     * The author changes their idea while the phase it was submitted in runs and before the office handled it (status
     * still "submitted", no official answer) or anyone supported it. A changed text is checked for blocked words again.
     *
     * @throws NotAllowed
     *             PHASE_CLOSED when it can no longer be changed
     */
    @RolesAllowed(Resident.ROLE)
    public Idea rewrite(long ideaId, long loadedVersion, @NotNull @Valid IdeaDraft draft) throws NotAllowed {
        Idea idea = em.find(Idea.class, ideaId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        long me = residents.me().id();
        if (idea == null || !idea.authorId().equals(me)) {
            throw new IllegalArgumentException("Not the caller's idea");
        }
        if (!idea.isEditableBy(me) || !phaseOf(idea).isRunningOn(projects.today()) || supports(ideaId) > 0) {
            throw new NotAllowed(Refusal.PHASE_CLOSED);
        }
        if (idea.version() != loadedVersion) {
            throw new IdeaChangedMeanwhile();
        }
        idea.rewrite(draft);
        if (idea.visibility() == ModerationState.VISIBLE && moderation.holdIfBlocked(ContentType.IDEA, idea.id(),
                idea.projectId(), String.join("\n", idea.title(), idea.body(), String.valueOf(idea.place())))) {
            idea.moderate(ModerationState.HELD, null);
        }
        LOG.info(() -> "Resident " + me + " changed idea " + ideaId);
        return idea;
    }

    /** Whether the caller may still change this idea (for the page to offer it). */
    @RolesAllowed(Resident.ROLE)
    public boolean canRewrite(long ideaId) {
        Idea idea = em.find(Idea.class, ideaId);
        return idea != null && idea.isEditableBy(residents.me().id()) && phaseOf(idea).isRunningOn(projects.today())
                && supports(ideaId) == 0;
    }

    /** A resident asks moderators to look at an idea (once per resident). */
    @RolesAllowed(Resident.ROLE)
    public void flag(long ideaId, @Size(max = 500) String reason) {
        Idea idea = find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea " + ideaId));
        moderation.flag(ContentType.IDEA, idea.id(), idea.projectId(), idea.title() + "\n" + idea.body(),
                residents.me().id(), reason);
    }

    /** Staff see everything; the author sees their own held idea; everyone else sees what is not held. */
    private Long callerId() {
        return context.isCallerInRole(Resident.ROLE) ? Resident.idOf(context.getCallerPrincipal().getName()).orElse(-1L)
                : -1L;
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK)
                || context.isCallerInRole(Roles.MODERATOR);
    }

    private Optional<Phase> ideationPhase(long projectId) {
        return projects.find(projectId).filter(project -> project.visibility() == Visibility.PUBLISHED)
                .flatMap(project -> project.phaseOn(projects.today()))
                .filter(phase -> IdeationMethod.KEY.equals(phase.method())
                        || ProposalsMethod.KEY.equals(phase.method()));
    }
}
