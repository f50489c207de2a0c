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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.ideas.control.IdeationMethod;
import pl.wiec.ideas.control.ProposalsMethod;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.ideas.entity.IdeaListing;
import pl.wiec.ideas.entity.IdeaStatus;
import pl.wiec.ideas.entity.ImageRef;
import pl.wiec.ideas.entity.Support;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.platform.control.InsertOnce;
import pl.wiec.platform.entity.IdeaResidentKey;
import pl.wiec.platform.entity.TextSearch;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
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
        return of(projectId, IdeaListing.NEWEST, first);
    }

    /** A page of a project's ideas as the listing orders and filters them. */
    @PermitAll
    public List<Idea> of(long projectId, @NotNull IdeaListing listing, int first) {
        if (projects.find(projectId).isEmpty()) {
            return List.of();
        }
        return listed("select i from Idea i", listing, projectId, Idea.class, " order by " + listing.orderBy())
                .setFirstResult(Math.max(0, first)).setMaxResults(PAGE).getResultList();
    }

    @PermitAll
    public long count(long projectId) {
        return count(projectId, IdeaListing.NEWEST);
    }

    /** How many ideas the listing finds. */
    @PermitAll
    public long count(long projectId, @NotNull IdeaListing listing) {
        return projects.find(projectId).isEmpty() ? 0
                : listed("select count(i) from Idea i", listing, projectId, Long.class, "").getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> listed(String select, IdeaListing listing, long projectId,
            Class<T> type, String order) {
        String where = " where i.projectId = :project and i.mergedInto is null and " + SEEN
                + (listing.status() == null ? "" : " and i.status = :status")
                + (listing.areaId() == null ? "" : " and i.areaId = :area")
                + (listing.topicId() == null ? "" : " and :topic member of i.topicIds")
                + (listing.search() == null ? "" : " and (lower(i.title) like :search" + TextSearch.ESCAPE
                        + " or lower(i.body) like :search" + TextSearch.ESCAPE + ")");
        jakarta.persistence.TypedQuery<T> query = em.createQuery(select + where + order, type)
                .setParameter("project", projectId).setParameter("visible", ModerationState.VISIBLE)
                .setParameter("me", callerId());
        if (listing.status() != null) {
            query.setParameter("status", listing.status());
        }
        if (listing.areaId() != null) {
            query.setParameter("area", listing.areaId());
        }
        if (listing.topicId() != null) {
            query.setParameter("topic", listing.topicId());
        }
        if (listing.search() != null) {
            query.setParameter("search", TextSearch.containing(listing.search()));
        }
        return query;
    }

    /** One idea of a project residents may see. */
    @PermitAll
    public Optional<Idea> find(long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null || projects.find(idea.projectId()).isEmpty()) {
            return Optional.empty();
        }
        boolean seen = idea.visibility() == ModerationState.VISIBLE || idea.isBy(callerId()) || isStaff();
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
        return refusal(Action.SUBMIT, phase.get(), caller);
    }

    /**
     * Why the caller may not do the action on the idea by the rule of the idea's phase; empty if they may. For
     * supports, also whether the proposal still collects them.
     */
    @PermitAll
    public Optional<Refusal> whyNotOn(long ideaId, Action action) {
        Idea idea = find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea " + ideaId));
        if (action == Action.SUPPORT && !collectsSupports(idea)) {
            return Optional.of(Refusal.SUPPORT_CLOSED);
        }
        return refusal(action, phaseOf(idea), context.isCallerInRole(Resident.ROLE) ? residents.me() : null);
    }

    /**
     * Checks that the caller may do the action on the idea; the discussion's boundaries call it before they store a
     * comment or a reaction.
     *
     * @throws NotAllowed
     *             why not
     */
    @RolesAllowed(Resident.ROLE)
    public void check(long ideaId, Action action) throws NotAllowed {
        Optional<Refusal> refusal = whyNotOn(ideaId, action);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
    }

    private Optional<Refusal> refusal(Action action, Phase phase, ResidentAccount caller) {
        return Eligibility.to(action, phase, projects.today(), caller == null ? null : caller.verification(),
                caller == null ? null : caller.dateOfBirth(), caller == null ? null : caller.residenceArea());
    }

    private static boolean collectsSupports(Idea idea) {
        return idea.isProposal() && IdeaStatus.SUBMITTED.equals(idea.status())
                && Instant.now(Clock.systemUTC()).isBefore(idea.supportsUntil());
    }

    @RolesAllowed(Resident.ROLE)
    public Idea submit(long projectId, @NotNull @Valid IdeaDraft draft) throws NotAllowed {
        ResidentAccount author = residents.me();
        Optional<Refusal> refusal = whyNot(projectId, author);
        if (refusal.isPresent()) {
            throw new NotAllowed(refusal.get());
        }
        Phase phase = ideationPhase(projectId).orElseThrow();
        known(em, draft);
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
        ResidentAccount me = residents.me();
        Phase phase = phaseOf(idea);
        if (!collectsSupports(idea)) {
            throw new NotAllowed(Refusal.SUPPORT_CLOSED);
        }
        Optional<Refusal> refusal = refusal(Action.SUPPORT, phase, me);
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
                if (locked.authorId() != null) { // an idea collected offline has nobody to tell
                    happenings.fire(new Happening(locked.authorId(), Kind.THRESHOLD, locked.title(), null,
                            "/idea.xhtml?id=" + locked.id()));
                }
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
        if (idea == null || !idea.isBy(me)) {
            throw new IllegalArgumentException("Not the caller's idea");
        }
        if (!idea.isEditableBy(me) || !phaseOf(idea).isRunningOn(projects.today()) || supports(ideaId) > 0) {
            throw new NotAllowed(Refusal.PHASE_CLOSED);
        }
        if (idea.version() != loadedVersion) {
            throw new IdeaChangedMeanwhile();
        }
        known(em, draft);
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

    /**
     * The author adds a photo to their idea while they may still change it (see {@link #canRewrite}), up to
     * {@link IdeaImage#MAX_PER_IDEA}.
     *
     * @throws NotAllowed
     *             PHASE_CLOSED when the idea can no longer be changed
     * @throws IllegalArgumentException
     *             not the caller's idea, not a PNG, JPEG or WebP image, too large, or one too many
     */
    @RolesAllowed(Resident.ROLE)
    public ImageRef addImage(long ideaId, @NotNull byte[] image, @NotBlank @Size(max = 300) String description)
            throws NotAllowed {
        Idea idea = mine(ideaId);
        if (images(ideaId).size() >= IdeaImage.MAX_PER_IDEA) {
            throw new IllegalArgumentException("Idea " + ideaId + " has its " + IdeaImage.MAX_PER_IDEA + " images");
        }
        IdeaImage added = new IdeaImage(idea.id(), image, description, Instant.now(Clock.systemUTC()));
        em.persist(added);
        em.flush();
        LOG.info(() -> "Image " + added.id() + " added to idea " + ideaId);
        return new ImageRef(added.id(), added.description());
    }

    /** The author takes a photo off their idea while they may still change it. */
    @RolesAllowed(Resident.ROLE)
    public void removeImage(long imageId) throws NotAllowed {
        IdeaImage image = em.find(IdeaImage.class, imageId);
        if (image == null) {
            throw new IllegalArgumentException("No image " + imageId);
        }
        mine(image.ideaId());
        em.remove(image);
    }

    /** The photos of an idea residents may see, oldest first (without their bytes). */
    @PermitAll
    public List<ImageRef> images(long ideaId) {
        return find(ideaId).isEmpty() ? List.of()
                : em.createQuery("select new pl.wiec.ideas.entity.ImageRef(i.id, i.description) from IdeaImage i"
                        + " where i.ideaId = :idea order by i.id", ImageRef.class).setParameter("idea", ideaId)
                        .getResultList();
    }

    /** One photo, if its idea may be seen by the caller. */
    @PermitAll
    public Optional<IdeaImage> image(long imageId) {
        IdeaImage image = em.find(IdeaImage.class, imageId);
        return image == null || find(image.ideaId()).isEmpty() ? Optional.empty() : Optional.of(image);
    }

    /** The caller's idea, locked, which they may still change. */
    private Idea mine(long ideaId) throws NotAllowed {
        Idea idea = em.find(Idea.class, ideaId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (idea == null || !idea.isBy(residents.me().id())) {
            throw new IllegalArgumentException("Not the caller's idea");
        }
        if (!canRewrite(ideaId)) {
            throw new NotAllowed(Refusal.PHASE_CLOSED);
        }
        return idea;
    }

    /** A resident asks moderators to look at an idea (once per resident). */
    @RolesAllowed(Resident.ROLE)
    public void flag(long ideaId, @Size(max = 500) String reason) {
        Idea idea = find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea " + ideaId));
        moderation.flag(ContentType.IDEA, idea.id(), idea.projectId(), idea.title() + "\n" + idea.body(),
                residents.me().id(), reason);
    }

    /** The area and topics are the municipality's own. */
    static void known(EntityManager em, IdeaDraft draft) {
        if (draft.areaId() != null && em.find(pl.wiec.municipality.entity.Area.class, draft.areaId()) == null) {
            throw new IllegalArgumentException("No area " + draft.areaId());
        }
        for (Long topic : draft.topicIds()) {
            if (em.find(pl.wiec.municipality.entity.Topic.class, topic) == null) {
                throw new IllegalArgumentException("No topic " + topic);
            }
        }
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
