package pl.wiec.projects.entity;

import java.io.Serializable;

/** A project's document as a page lists it, without its bytes. */
public record AttachmentRef(long id, String title, String fileName, String contentType, int size)
        implements Serializable {

    /** The kind residents recognise: PDF, DOCX, ODS, PNG... (from the file name's extension). */
    public String kind() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
    }
}
