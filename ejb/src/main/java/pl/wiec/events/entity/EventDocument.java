package pl.wiec.events.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.StoredFile;

/**
 * A document of an event (the minutes, a photo, a presentation), published with it; what is kept: {@link StoredFile}.
 */
@Entity
@Table(name = "event_document")
public class EventDocument {

    @Id
    @SequenceGenerator(name = "event_document_seq", sequenceName = "event_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_document_seq")
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, length = 200)
    private String title;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EventDocument() {
    }

    /**
     * @throws IllegalArgumentException
     *             empty, too large, or not a kind of document Wiec keeps
     */
    public EventDocument(long eventId, String title, String fileName, byte[] content, Instant now) {
        this.file = new StoredFile(fileName, content);
        this.eventId = eventId;
        this.title = title.strip();
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public String title() {
        return title;
    }

    public StoredFile file() {
        return file;
    }
}
