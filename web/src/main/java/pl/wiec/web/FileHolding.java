package pl.wiec.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.function.BiPredicate;
import java.util.function.Function;

import jakarta.servlet.http.Part;

import org.omnifaces.util.Beans;

import pl.wiec.platform.boundary.HeldUploads;

/**
 * The file a form holds for its author while another of its fields is refused ({@link HeldUploads}: in the database,
 * the view keeps only its id and name): the page says which file is held, with a box to tick for "not this one"
 * ({@code dropped}; a box, not a button, so that Enter in a text field still sends the form), and the next sending
 * takes it unless another file is chosen. A form holds the file both where its field is validated (so a refusal by
 * Faces' own checks of another field does not lose it) and where its action reads it.
 */
public final class FileHolding implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String name;
    private boolean dropped;
    /** The upload of this request, once held (so that the action does not hold it a second time). */
    private transient Part heldPart;

    /** Holds these bytes, chosen as {@code part}, instead of what was held. */
    private void hold(Part part, byte[] content) {
        if (part != null && part == heldPart) {
            return;
        }
        drop();
        HeldUploads uploads = Beans.getReference(HeldUploads.class);
        uploads.hold(part == null ? null : part.getSubmittedFileName(), content).ifPresent(held -> {
            id = held;
            name = part == null ? null : part.getSubmittedFileName();
            heldPart = part;
        });
    }

    /**
     * What this sending of the form carries: the file chosen now, if any (read by {@code read}, which names a problem
     * beside the field and answers null; held when good), else the held one, unless its box was ticked.
     */
    public byte[] take(Part chosen, Function<Part, byte[]> read) {
        applyDrop(chosen);
        if (holds(chosen)) {
            return content();
        }
        if (chosen != null && chosen.getSize() > 0) {
            byte[] bytes = read.apply(chosen);
            if (bytes != null) {
                hold(chosen, bytes);
            }
            return bytes;
        }
        return content();
    }

    /**
     * For the file field's validator: a file chosen now, of at most {@code maxBytes}, whose name and bytes {@code good}
     * accepts, is held at once, even when Faces refuses another field and the action never runs. A bad one is left to
     * the action, which names why beside the field.
     */
    public void holdIfGood(Object value, long maxBytes, BiPredicate<String, byte[]> good) {
        if (value instanceof Part part && part.getSize() > 0 && part.getSize() <= maxBytes) {
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                if (good.test(part.getSubmittedFileName(), bytes)) {
                    hold(part, bytes);
                }
            } catch (IOException unreadable) {
                // the action says so beside the field
            }
        }
    }

    /** Forgets the held file where its box was ticked, unless this request's file is the one held now. */
    private void applyDrop(Part chosen) {
        if (dropped && !holds(chosen)) {
            drop();
        }
        dropped = false;
    }

    /** Whether this part (of this request) is the one held. */
    private boolean holds(Part part) {
        return part != null && part == heldPart;
    }

    /** The held file's bytes, or null when none is held (or it was forgotten meanwhile). */
    private byte[] content() {
        if (id == null) {
            return null;
        }
        byte[] content = Beans.getReference(HeldUploads.class).content(id).orElse(null);
        if (content == null) {
            id = null;
            name = null;
        }
        return content;
    }

    /** Forgets the held file: stored now, or not wanted. */
    public void drop() {
        if (id != null) {
            Beans.getReference(HeldUploads.class).drop(id);
        }
        id = null;
        name = null;
        heldPart = null;
    }

    public boolean isDropped() {
        return dropped;
    }

    public void setDropped(boolean dropped) {
        this.dropped = dropped;
    }

    public boolean isHeld() {
        return id != null;
    }

    /** The name it was chosen under, for the page. */
    public String getName() {
        return name;
    }
}
