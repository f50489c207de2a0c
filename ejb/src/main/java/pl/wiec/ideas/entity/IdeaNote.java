package pl.wiec.ideas.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A staff-only note on an idea; residents never see it. */
@Entity
@Table(name = "idea_note")
public class IdeaNote {

    @Id
    @SequenceGenerator(name = "idea_note_seq", sequenceName = "idea_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_note_seq")
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private Long ideaId;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String body;

    protected IdeaNote() {
    }

    public IdeaNote(long ideaId, String author, String body, Instant now) {
        this.ideaId = ideaId;
        this.author = author;
        this.body = body.trim();
        this.createdAt = now;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String body() {
        return body;
    }
}
