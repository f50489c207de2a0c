package pl.wiec.discussion.boundary;

import java.io.Serializable;
import java.util.List;

import pl.wiec.discussion.entity.Comment;

/** A top-level comment with its replies, oldest first, and who wrote them as others see it. */
public record CommentThread(CommentView comment, List<CommentView> replies) implements Serializable {

    /** One comment as shown: the comment, its author's public name, and whether the viewer may still change it. */
    public record CommentView(Comment comment, String author, boolean mine, boolean editable) implements Serializable {
    }
}
