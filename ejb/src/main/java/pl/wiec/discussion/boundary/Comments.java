package pl.wiec.discussion.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import pl.wiec.discussion.boundary.CommentThread.CommentView;
import pl.wiec.discussion.entity.Comment;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.control.IdeaCounters;
import pl.wiec.moderation.boundary.Moderation;
import pl.wiec.moderation.entity.ContentType;
import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.entity.Action;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;

/**
 * Comments under ideas: anyone reads them; a resident whom the rule of the idea's phase lets comment comments or
 * replies to a top-level comment, edits their own within {@link Comment#EDIT_WINDOW}, and deletes their own (the place
 * stays, with the text removed).
 */
@Stateless
@DeclareRoles(Resident.ROLE)
public class Comments {

    private static final Logger LOG = Logger.getLogger(Comments.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Residents residents;

    @Inject
    Ideas ideas;

    @Inject
    Moderation moderation;

    @Inject
    IdeaCounters counters;

    @Inject
    jakarta.enterprise.event.Event<Happening> happenings;

    /** The idea's discussion, oldest thread first, as the caller sees it. */
    @PermitAll
    public List<CommentThread> of(long ideaId) {
        if (ideas.find(ideaId).isEmpty()) {
            return List.of();
        }
        List<Comment> all = em
                .createQuery("select c from Comment c where c.ideaId = :idea order by c.createdAt, c.id", Comment.class)
                .setParameter("idea", ideaId).getResultList();
        Long viewer = context.isCallerInRole(Resident.ROLE)
                ? Resident.idOf(context.getCallerPrincipal().getName()).orElse(null) : null;
        all = all.stream().filter(c -> c.visibility() != ModerationState.HELD || c.authorId().equals(viewer)).toList();
        Set<Long> authors = all.stream().map(Comment::authorId).collect(Collectors.toSet());
        Map<Long, String> names = residents.publicNames(authors);
        Long me = context.isCallerInRole(Resident.ROLE)
                ? Resident.idOf(context.getCallerPrincipal().getName()).orElse(null) : null;
        Instant now = now();
        List<CommentThread> threads = new ArrayList<>();
        for (Comment top : all) {
            if (top.parentId() == null) {
                List<CommentView> replies = all.stream().filter(reply -> top.id().equals(reply.parentId()))
                        .map(reply -> view(reply, names, me, now)).toList();
                threads.add(new CommentThread(view(top, names, me, now), replies));
            }
        }
        return threads;
    }

    @RolesAllowed(Resident.ROLE)
    public Comment comment(long ideaId, Long replyTo, @NotBlank @Size(max = 3000) String body) throws NotAllowed {
        if (ideas.find(ideaId).isEmpty()) {
            throw new IllegalArgumentException("No idea " + ideaId);
        }
        ideas.check(ideaId, Action.COMMENT);
        Comment parent = null;
        if (replyTo != null) {
            parent = em.find(Comment.class, replyTo);
            if (parent == null || parent.parentId() != null || !parent.ideaId().equals(ideaId)) {
                throw new IllegalArgumentException("Replies answer a top-level comment of the same idea");
            }
        }
        long me = residents.me().id();
        if (parent != null && parent.authorId() != me) {
            happenings.fire(new Happening(parent.authorId(), Kind.REPLY, ideas.find(ideaId).orElseThrow().title(), null,
                    "/idea.xhtml?id=" + ideaId));
        }
        Comment comment = new Comment(ideaId, replyTo, me, body, now());
        em.persist(comment);
        em.flush();
        counters.recount(ideaId);
        long projectId = ideas.find(ideaId).orElseThrow().projectId();
        if (moderation.holdIfBlocked(ContentType.COMMENT, comment.id(), projectId, comment.body())) {
            comment.moderate(ModerationState.HELD, null);
            LOG.info(() -> "Comment " + comment.id() + " held for review: it contains a blocked word");
        }
        LOG.info(() -> "Resident " + me + " commented idea " + ideaId);
        return comment;
    }

    /** Changes the caller's own comment within the edit window; false when it is no longer possible. */
    @RolesAllowed(Resident.ROLE)
    public boolean edit(long commentId, @NotBlank @Size(max = 3000) String body) {
        Comment comment = em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        if (comment == null || !comment.isEditableBy(residents.me().id(), now)) {
            return false;
        }
        comment.edit(body, now);
        return true;
    }

    /** Deletes the caller's own comment (any time); false when it is not theirs. */
    @RolesAllowed(Resident.ROLE)
    public boolean delete(long commentId) {
        Comment comment = em.find(Comment.class, commentId, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null || !comment.authorId().equals(residents.me().id()) || comment.isDeleted()) {
            return false;
        }
        comment.delete(now());
        em.flush();
        counters.recount(comment.ideaId());
        return true;
    }

    /** A resident asks moderators to look at a comment (once per resident). */
    @RolesAllowed(Resident.ROLE)
    public void flag(long commentId, @Size(max = 500) String reason) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.isDeleted()) {
            throw new IllegalArgumentException("No comment " + commentId);
        }
        long projectId = ideas.find(comment.ideaId()).orElseThrow().projectId();
        moderation.flag(ContentType.COMMENT, comment.id(), projectId, comment.body(), residents.me().id(), reason);
    }

    private static CommentView view(Comment comment, Map<Long, String> names, Long me, Instant now) {
        boolean mine = me != null && me.equals(comment.authorId());
        return new CommentView(comment, names.getOrDefault(comment.authorId(), ""), mine,
                mine && comment.isEditableBy(me, now));
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
