package pl.wiec.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.platform.entity.StoredFile;

/**
 * A document as a form takes it: its name for readers and the file (what is accepted: {@link StoredFile}). Pages
 * include {@code /WEB-INF/includes/document-upload.xhtml} with the bean's {@code document}; a missing name or file, a
 * file too large, of a kind not kept or unreadable gives a message beside its field and fails the form's validation, so
 * what was typed stays.
 */
public class DocumentUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The fields' ids in the include. */
    public static final String TITLE_FIELD = "documentTitle";
    public static final String FILE_FIELD = "documentFile";

    /** A document the form took: its title (trimmed), the name it was uploaded under, its bytes. */
    public record Taken(String title, String fileName, byte[] content) {
    }

    private String title;
    private transient Part file;
    private final FileHolding held = new FileHolding();

    /**
     * The document, or null with the messages beside the fields. A good file chosen is held until the form is sent
     * whole ({@link FileHolding}), so a missing name does not make the person choose the file again.
     */
    public Taken take() {
        byte[] content = held.take(file, DocumentUpload::read);
        if (content == null && Faces.getContext().isValidationFailed()) {
            return null; // the file chosen was refused, beside its field
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            return refused(TITLE_FIELD, "upload.title.required");
        }
        if (content == null) {
            return refused(FILE_FIELD, "upload.choose");
        }
        return new Taken(title.trim(), held.isHeld() ? held.getName() : file.getSubmittedFileName(), content);
    }

    /** The file field's validator ({@code validator="#{document.hold}"}): a good file is held at once. */
    public void hold(FacesContext context, UIComponent field, Object value) {
        held.holdIfGood(value, StoredFile.MAX_BYTES, (name, bytes) -> StoredFile.contentTypeOf(name, bytes) != null);
    }

    /** The bytes of a file chosen now, or null with the message beside the file's field. */
    private static byte[] read(Part file) {
        if (file.getSize() > StoredFile.MAX_BYTES) {
            return refusedFile("upload.tooLarge", StoredFile.MAX_BYTES / 1024 / 1024);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            return refusedFile("upload.unreadable");
        }
        return StoredFile.contentTypeOf(file.getSubmittedFileName(), content) == null ? refusedFile("upload.kind")
                : content;
    }

    private static byte[] refusedFile(String key, Object... arguments) {
        refused(FILE_FIELD, key, arguments);
        return null;
    }

    /** Empties the form after the document was stored. */
    public void clear() {
        title = null;
        file = null;
        held.drop();
    }

    public FileHolding getHeld() {
        return held;
    }

    private static Taken refused(String field, String key, Object... arguments) {
        Texts.fieldError(field, key, arguments);
        Faces.validationFailed();
        return null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
