package pl.wiec.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.municipality.entity.Logo;
import pl.wiec.platform.entity.StoredFile;
import pl.wiec.projects.entity.ProjectCover;
import pl.wiec.surveys.entity.OptionImage;

/**
 * {@code #{uploadLimits.logo}}: the largest file each upload field takes, in bytes, for the page to say it and for
 * {@code file-size.js} to refuse a larger file the moment it is chosen (the {@code data-max-bytes} of the field),
 * before anything is sent. The server checks the same limits again.
 */
@Named
@ApplicationScoped
public class UploadLimits {

    /** A spreadsheet of paper answers (PollDesk). */
    public static final int IMPORT = 5 * 1024 * 1024;

    public int getLogo() {
        return Logo.MAX_BYTES;
    }

    public int getCover() {
        return ProjectCover.MAX_BYTES;
    }

    public int getPhoto() {
        return IdeaImage.MAX_BYTES;
    }

    public int getDocument() {
        return StoredFile.MAX_BYTES;
    }

    public int getOptionImage() {
        return OptionImage.MAX_BYTES;
    }

    public int getImportFile() {
        return IMPORT;
    }
}
