package pl.wiec.discussion.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import pl.wiec.discussion.entity.Reaction;
import pl.wiec.discussion.entity.Reaction.Kind;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.control.IdeaCounters;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.platform.control.InsertOnce;
import pl.wiec.platform.entity.IdeaResidentKey;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.entity.Action;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/**
 * Likes and dislikes of ideas: a resident whom the phase's rule lets react likes an idea, or dislikes it where the
 * phase takes dislikes; one reaction per resident and idea (the primary key), which they can turn or take back. The
 * idea's counts move with each change; anyone reads them on the idea.
 */
@Stateless
public class Reactions {

    private static final Logger LOG = Logger.getLogger(Reactions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InsertOnce insertOnce;

    @Inject
    Residents residents;

    @Inject
    Ideas ideas;

    @Inject
    IdeaCounters counters;

    /** Likes the idea; liking it again, or twice at once, leaves one like. */
    @RolesAllowed(Resident.ROLE)
    public void like(long ideaId) throws NotAllowed {
        react(ideaId, Kind.LIKE);
    }

    /** Dislikes the idea, where its phase takes dislikes. */
    @RolesAllowed(Resident.ROLE)
    public void dislike(long ideaId) throws NotAllowed {
        if (!dislikesAllowed(ideaId)) {
            throw new IllegalArgumentException("The phase of idea " + ideaId + " takes no dislikes");
        }
        react(ideaId, Kind.DISLIKE);
    }

    /** Takes the caller's reaction back, whichever it was. */
    @RolesAllowed(Resident.ROLE)
    public void withdraw(long ideaId) {
        Reaction mine = em.find(Reaction.class, new IdeaResidentKey(ideaId, residents.me().id()),
                LockModeType.PESSIMISTIC_WRITE);
        if (mine != null) {
            em.remove(mine);
            em.flush();
            counters.recount(ideaId);
        }
    }

    /** The caller's reaction to the idea, if any. */
    @RolesAllowed(Resident.ROLE)
    public Optional<Kind> mine(long ideaId) {
        return Optional.ofNullable(em.find(Reaction.class, new IdeaResidentKey(ideaId, residents.myId())))
                .map(Reaction::kind);
    }

    /** Whether the idea's phase takes dislikes. */
    @PermitAll
    public boolean dislikesAllowed(long ideaId) {
        Idea idea = ideas.find(ideaId).orElseThrow(() -> new IllegalArgumentException("No idea " + ideaId));
        return ideas.phaseOf(idea).allowsDislikes();
    }

    private void react(long ideaId, Kind kind) throws NotAllowed {
        ideas.check(ideaId, Action.REACT);
        long me = residents.me().id();
        Instant now = Instant.now(Clock.systemUTC());
        try {
            insertOnce.insert(new Reaction(ideaId, me, kind, now), new IdeaResidentKey(ideaId, me));
        } catch (EJBException raced) {
            LOG.fine(() -> "A reaction to idea " + ideaId + " was already stored by a parallel request");
        }
        Reaction mine = em.find(Reaction.class, new IdeaResidentKey(ideaId, me), LockModeType.PESSIMISTIC_WRITE);
        if (mine != null && mine.kind() != kind) {
            mine.turn(kind, now);
            em.flush();
        }
        counters.recount(ideaId);
    }
}
