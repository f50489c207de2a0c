package pl.wiec.surveys.boundary;

import java.io.Serializable;

import pl.wiec.surveys.entity.Attachment;

/** A file attached in answer to a file question, as its holder and staff see it listed: never its bytes. */
public record AttachedFile(long id, String fileName, String contentType, int size) implements Serializable {

    static AttachedFile of(Attachment attachment) {
        return new AttachedFile(attachment.id(), attachment.file().fileName(), attachment.file().contentType(),
                attachment.file().size());
    }

    /** The select list of an attachment aliased {@code a} that {@link #read(Object[])} reads, first in a row. */
    static final String COLUMNS = "a.id, a.file.fileName, a.file.contentType, a.file.size";

    static AttachedFile read(Object[] row) {
        return new AttachedFile((Long) row[0], (String) row[1], (String) row[2], (Integer) row[3]);
    }

    /** Whether it is a picture (else a document). */
    public boolean isPicture() {
        return contentType.startsWith("image/");
    }
}
