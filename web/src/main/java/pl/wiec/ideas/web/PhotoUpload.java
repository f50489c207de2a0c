package pl.wiec.ideas.web;

import java.io.Serializable;

import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.entity.IdeaImage;
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

    /**
     * The photo's bytes, or null: when none was chosen (and {@code required} is false) quietly; otherwise with a
     * message beside the field that is wrong, and the form's validation failed.
     */
    public byte[] take(String fileField, String descriptionField, boolean required) {
        byte[] image = Uploads.image(file, fileField, IdeaImage.MAX_BYTES, "ideas.image");
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

    /** Empties the form after the photo was stored. */
    public void clear() {
        file = null;
        description = null;
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
