package pl.wiec.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{fileSizes.of(bytes)}}: a file's size as people read it, "840 KB", "1,2 MB" (in the person's language). */
@Named
@ApplicationScoped
public class FileSizes {

    public String of(int bytes) {
        return bytes < 1024 * 1024 ? Texts.text("project.documents.kb", Math.max(1, bytes / 1024))
                : Texts.text("project.documents.mb", bytes / (1024.0 * 1024.0));
    }
}
