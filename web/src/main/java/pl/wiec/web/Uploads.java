package pl.wiec.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;

import pl.wiec.platform.entity.RasterImage;

/**
 * Reads an uploaded picture from a form: nothing chosen gives null quietly; too large, not a PNG/JPEG/WebP by its
 * bytes, or unreadable gives null with a message beside the field ({@code prefix + ".tooLarge"} with the limit in KB,
 * {@code ".notAnImage"}, {@code ".unreadable"}) and fails the form's validation, so nothing typed is lost.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] image(Part file, String field, int maxBytes, String prefix) {
        byte[] bytes = file(file, field, maxBytes, prefix);
        return bytes == null || RasterImage.contentTypeOf(bytes) != null ? bytes
                : refused(field, prefix + ".notAnImage");
    }

    /** Any uploaded file, with the same messages for nothing chosen, too large and unreadable. */
    public static byte[] file(Part file, String field, int maxBytes, String prefix) {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > maxBytes) {
            return refused(field, prefix + ".tooLarge", maxBytes / 1024);
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            return refused(field, prefix + ".unreadable");
        }
    }

    private static byte[] refused(String field, String key, Object... arguments) {
        Texts.fieldError(field, key, arguments);
        Faces.validationFailed();
        return null;
    }
}
