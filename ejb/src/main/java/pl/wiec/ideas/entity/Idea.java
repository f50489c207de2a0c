package pl.wiec.ideas.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resident's idea in a project's ideation phase. */
@Entity
@Table(name = "idea")
public class Idea {

    @Id
    @SequenceGenerator(name = "idea_seq", sequenceName = "idea_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idea_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "phase_id", nullable = false)
    private Long phaseId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String place;

    private Double latitude;

    private Double longitude;

    protected Idea() {
    }

    public Idea(long projectId, long phaseId, long authorId, IdeaDraft draft, Instant now) {
        this.projectId = projectId;
        this.phaseId = phaseId;
        this.authorId = authorId;
        this.createdAt = now;
        this.title = draft.title().trim();
        this.body = draft.body().trim();
        this.place = draft.place() == null || draft.place().isBlank() ? null : draft.place().trim();
        if (draft.latitude() != null && draft.longitude() != null) {
            this.latitude = draft.latitude();
            this.longitude = draft.longitude();
        }
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String place() {
        return place;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
