package pl.wiec.moderation.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.moderation.control.BlockedWords;
import pl.wiec.moderation.entity.BlockedWord;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.Flag;
import pl.wiec.moderation.entity.ModerationCase;
import pl.wiec.moderation.entity.ModerationCase.Cause;
import pl.wiec.moderation.entity.ModerationCase.State;
import pl.wiec.moderation.entity.ModerationDecision;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.projects.control.ProjectAccess;
import pl.wiec.staff.entity.Roles;

/**
 * The moderation queue. Content components register held posts and residents' flags here (the first two methods, called
 * by their boundaries with what they know of the content); moderators and administrators decide, and the decision
 * reaches the owning component as a {@link ModerationDecision} event in the same transaction.
 */
@Stateless
public class Moderation {

    /** The longest blocked word (or phrase). */
    public static final int WORD_MAX = 100;

    public static final String HIDDEN = "moderation.content.hidden";
    public static final String RESTORED = "moderation.content.restored";
    public static final String WORDS = "moderation.words.changed";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    ProjectAccess access;

    @Inject
    Event<ModerationDecision> decisions;

    @Inject
    Event<StaffAction> staffActions;

    /** If the text has a blocked word, opens a case for the new post and returns true: the post must be held. */
    @PermitAll
    public boolean holdIfBlocked(@NotNull ContentType type, long contentId, long projectId, @NotNull String text) {
        List<String> words = words();
        if (!BlockedWords.contains(text, words)) {
            return false;
        }
        Optional<ModerationCase> existing = caseOf(type, contentId);
        if (existing.isPresent()) {
            existing.get().heldAgain(text, now());
        } else {
            em.persist(new ModerationCase(type, contentId, projectId, text, Cause.HELD, now()));
        }
        return true;
    }

    /** Records a resident's flag (once per resident) and puts the content in the queue. */
    @PermitAll
    public void flag(@NotNull ContentType type, long contentId, long projectId, @NotNull String text, long residentId,
            @Size(max = 500) String reason) {
        ModerationCase found = caseOf(type, contentId).orElseGet(() -> {
            ModerationCase opened = new ModerationCase(type, contentId, projectId, text, Cause.FLAGGED, now());
            em.persist(opened);
            em.flush();
            return opened;
        });
        if (em.find(Flag.class, new Flag.Key(found.id(), residentId)) == null) {
            em.persist(new Flag(found.id(), residentId, reason, now()));
            found.flagged(now());
        }
    }

    /** Open cases, the oldest first: all of them, or a project moderator's projects' only. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR })
    public List<ModerationCase> queue() {
        List<Long> projects = context.isCallerInRole(Roles.ADMINISTRATOR) ? List.of() : access.assigned(context);
        jakarta.persistence.TypedQuery<ModerationCase> query = em.createQuery(
                "select c from ModerationCase c where c.state = :open"
                        + (projects.isEmpty() ? "" : " and c.projectId in :projects") + " order by c.openedAt, c.id",
                ModerationCase.class).setParameter("open", State.OPEN);
        if (!projects.isEmpty()) {
            query.setParameter("projects", projects);
        }
        return query.setMaxResults(200).getResultList();
    }

    /** Hides the content with a reason its author will read. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR })
    public void hide(long caseId, @NotNull @Size(min = 1, max = 500) String reason) {
        decide(caseId, State.HIDDEN, ModerationState.HIDDEN, reason.trim(), HIDDEN);
    }

    /** Publishes the content again (a held post, or one flagged without cause). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR })
    public void restore(long caseId) {
        decide(caseId, State.RESTORED, ModerationState.VISIBLE, null, RESTORED);
    }

    @PermitAll
    public List<String> words() {
        return em.createQuery("select w.word from BlockedWord w order by w.word", String.class).getResultList();
    }

    /** Whether the caller may change the blocked words: administrators and moderators of the whole platform. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK })
    public boolean mayChangeWords() {
        return context.isCallerInRole(Roles.ADMINISTRATOR)
                || context.isCallerInRole(Roles.MODERATOR) && access.assigned(context).isEmpty();
    }

    /**
     * Replaces the list of blocked words (one per line, at most {@value #WORD_MAX} characters each; empty lines and
     * repeats ignored). The list is the platform's: administrators and moderators of the whole platform change it,
     * project moderators do not.
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR })
    public List<String> replaceWords(@NotNull @Size(max = 1_000) List<@Size(max = WORD_MAX) String> words) {
        if (!mayChangeWords()) {
            throw new pl.wiec.projects.boundary.NotProjectStaff("The blocked words are the whole platform's");
        }
        List<String> clean = words.stream().map(word -> word.trim().toLowerCase(Locale.forLanguageTag("pl")))
                .filter(word -> !word.isEmpty()).distinct().sorted().toList();
        em.createQuery("delete from BlockedWord w").executeUpdate();
        clean.forEach(word -> em.persist(new BlockedWord(word)));
        staffActions.fire(new StaffAction(WORDS, "blocked words", clean.size() + " words"));
        return clean;
    }

    private void decide(long caseId, State state, ModerationState visibility, String reason, String action) {
        ModerationCase decided = em.find(ModerationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (decided == null) {
            throw new IllegalArgumentException("No case " + caseId);
        }
        access.requireModerates(context, decided.projectId());
        decided.decide(state, reason, context.getCallerPrincipal().getName(), now());
        decisions.fire(new ModerationDecision(decided.contentType(), decided.contentId(), visibility, reason));
        staffActions.fire(new StaffAction(action,
                decided.contentType().name().toLowerCase(Locale.ROOT) + " " + decided.contentId(),
                reason == null ? "published" : reason));
    }

    private Optional<ModerationCase> caseOf(ContentType type, long contentId) {
        return em
                .createQuery("select c from ModerationCase c where c.contentType = :type and c.contentId = :id",
                        ModerationCase.class)
                .setParameter("type", type).setParameter("id", contentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
