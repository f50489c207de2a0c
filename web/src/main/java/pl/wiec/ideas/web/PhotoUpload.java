package pl.wiec.ideas.web;

import java.io.Serializable;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.platform.entity.RasterImage;
import pl.wiec.web.FileHolding;
import pl.wiec.web.Texts;
import pl.wiec.web.Uploads;

/**
 * A photo of an idea as a form takes it: the file and what it shows (its alternative text, required with a file). Pages
 * bind {@code #{bean.photo.file}} and {@code #{bean.photo.description}}.
 */
public class PhotoUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Part file;
    private String description;
    private final FileHolding held = new FileHolding();

    /**
     * The photo's bytes, or null: when none was chosen or held (and {@code required} is false) quietly; otherwise with
     * a message beside the field that is wrong, and the form's validation failed. A good photo chosen is held until the
     * form is sent whole ({@link FileHolding}), so a missing description does not make the person choose it again.
     */
    public byte[] take(String fileField, String descriptionField, boolean required) {
        byte[] image = held.take(file, chosen -> Uploads.image(chosen, fileField, IdeaImage.MAX_BYTES, "ideas.image"));
        if (image == null) {
            if (required && !Faces.getContext().isValidationFailed()) {
                Texts.fieldError(fileField, "ideas.image.choose");
                Faces.validationFailed();
            }
            return null;
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            Texts.fieldError(descriptionField, "ideas.image.describe");
            Faces.validationFailed();
            return null;
        }
        return image;
    }

    /**
     * The file field's validator ({@code validator="#{bean.photo.hold}"}): a good photo chosen is held at once, even
     * when Faces refuses another field and the action never runs. A bad one is left to {@link #take}, which names why.
     */
    public void hold(FacesContext context, UIComponent field, Object value) {
        held.holdIfGood(value, IdeaImage.MAX_BYTES, (name, bytes) -> RasterImage.contentTypeOf(bytes) != null);
    }

    /** Empties the form after the photo was stored. */
    public void clear() {
        file = null;
        description = null;
        held.drop();
    }

    public FileHolding getHeld() {
        return held;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
