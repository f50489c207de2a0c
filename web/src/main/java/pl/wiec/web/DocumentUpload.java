package pl.wiec.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

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

    /** The document, or null with the messages beside the fields. */
    public Taken take() {
        if (title == null || title.isBlank() || title.length() > 200) {
            return refused(TITLE_FIELD, "upload.title.required");
        }
        if (file == null || file.getSize() == 0) {
            return refused(FILE_FIELD, "upload.choose");
        }
        if (file.getSize() > StoredFile.MAX_BYTES) {
            return refused(FILE_FIELD, "upload.tooLarge", StoredFile.MAX_BYTES / 1024 / 1024);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            return refused(FILE_FIELD, "upload.unreadable");
        }
        String name = file.getSubmittedFileName();
        if (StoredFile.contentTypeOf(name, content) == null) {
            return refused(FILE_FIELD, "upload.kind");
        }
        return new Taken(title.trim(), name, content);
    }

    /** Empties the form after the document was stored. */
    public void clear() {
        title = null;
        file = null;
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
