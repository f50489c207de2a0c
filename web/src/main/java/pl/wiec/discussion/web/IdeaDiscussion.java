package pl.wiec.discussion.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.discussion.boundary.CommentThread;
import pl.wiec.discussion.boundary.Comments;
import pl.wiec.ideas.web.IdeaPage;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.web.Texts;

/** The comments under an idea: read, write, reply, edit within the window, delete one's own. */
@Named
@ViewScoped
public class IdeaDiscussion implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX = 3000;

    @Inject
    Comments comments;

    @Inject
    IdeaPage page;

    private transient List<CommentThread> threads;
    private String newComment;
    private Long replyingTo;
    private String reply;
    private Long editing;
    private String edited;

    public List<CommentThread> getThreads() {
        if (threads == null) {
            threads = comments.of(page.getId());
        }
        return threads;
    }

    public void post() {
        if (!fits("newComment", newComment)) {
            return;
        }
        if (!posted(null, newComment)) {
            return;
        }
        newComment = null;
        refreshed("discussion.posted");
    }

    /** Stores the comment; when the phase's rule refuses, says why and keeps what was typed. */
    private boolean posted(Long replyTo, String text) {
        try {
            comments.comment(page.getId(), replyTo, text);
            return true;
        } catch (pl.wiec.projects.boundary.NotAllowed e) {
            pl.wiec.web.Texts.errorText(page.refusalText(pl.wiec.projects.entity.Action.COMMENT, e.refusal()));
            return false;
        }
    }

    public void startReply(long commentId) {
        replyingTo = commentId;
        reply = null;
    }

    public void postReply() {
        if (!fits("reply", reply)) {
            return;
        }
        if (!posted(replyingTo, reply)) {
            return;
        }
        replyingTo = null;
        reply = null;
        refreshed("discussion.posted");
    }

    public void startEdit(CommentThread.CommentView view) {
        editing = view.comment().id();
        edited = view.comment().body();
    }

    public void saveEdit() {
        if (!fits("edited", edited)) {
            return;
        }
        boolean saved = comments.edit(editing, edited);
        editing = null;
        refreshed(saved ? "discussion.edited" : "discussion.editClosed");
    }

    public void cancel() {
        editing = null;
        replyingTo = null;
    }

    public void delete(long commentId) {
        comments.delete(commentId);
        refreshed("discussion.deleted");
    }

    /**
     * Whether a text can be posted; if not, says why: beside the new-comment field, or at the top of the page for a
     * reply or a correction (their fields repeat per comment, so the message goes where it is announced).
     */
    /** A resident asks moderators to look at a comment. */
    public void flag(long commentId) {
        comments.flag(commentId, null);
        Texts.info("moderation.flag.thanks");
    }

    private boolean fits(String field, String text) {
        String problem = text == null || text.isBlank() ? "discussion.empty"
                : text.length() > MAX ? "discussion.tooLong" : null;
        if (problem == null) {
            return true;
        }
        if ("newComment".equals(field)) {
            Texts.fieldError(field, problem, MAX);
        } else {
            Texts.error(problem, MAX);
        }
        Faces.validationFailed();
        return false;
    }

    private void refreshed(String messageKey) {
        threads = null;
        Texts.info(messageKey);
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public Long getReplyingTo() {
        return replyingTo;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEdited() {
        return edited;
    }

    public void setEdited(String edited) {
        this.edited = edited;
    }
}
