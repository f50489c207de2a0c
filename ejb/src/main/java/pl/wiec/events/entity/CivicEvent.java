package pl.wiec.events.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A meeting, consultation point, walk, workshop or festival: when, where (a place, a link, or both), whether residents
 * register and for how many seats, whether it is published, and afterwards how many took part.
 */
@Entity
@Table(name = "civic_event")
public class CivicEvent {

    @Id
    @SequenceGenerator(name = "civic_event_seq", sequenceName = "civic_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "civic_event_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventFormat format;

    @Column(name = "title_pl", nullable = false, length = EventPlan.TITLE_LENGTH)
    private String titlePl;

    @Column(name = "title_en", length = EventPlan.TITLE_LENGTH)
    private String titleEn;

    @Column(name = "description_pl", length = EventPlan.DESCRIPTION_LENGTH)
    private String descriptionPl;

    @Column(name = "description_en", length = EventPlan.DESCRIPTION_LENGTH)
    private String descriptionEn;

    @Column(length = 300)
    private String place;

    private Double latitude;

    private Double longitude;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private Integer capacity;

    @Column(nullable = false)
    private boolean registration;

    @Column(nullable = false)
    private boolean published;

    private Integer participants;

    protected CivicEvent() {
    }

    public CivicEvent(EventPlan plan) {
        plan(plan);
    }

    /** Takes the plan (checked by the caller: {@link EventPlan#problem()} is null). */
    public void plan(EventPlan plan) {
        this.kind = plan.kind();
        this.format = plan.format();
        this.titlePl = plan.title().pl();
        this.titleEn = plan.title().en();
        this.descriptionPl = plan.description() == null ? null : plan.description().pl();
        this.descriptionEn = plan.description() == null ? null : plan.description().en();
        this.place = plan.format().hasPlace() ? plan.place().strip() : null;
        this.latitude = plan.format().hasPlace() ? plan.latitude() : null;
        this.longitude = plan.format().hasPlace() ? plan.longitude() : null;
        this.onlineUrl = plan.format().isOnline() ? plan.onlineUrl().strip() : null;
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.capacity = plan.capacity();
        this.registration = plan.registration();
        this.projectId = plan.projectId();
    }

    public EventPlan toPlan() {
        return new EventPlan(kind, format, title(), description(), place, latitude, longitude, onlineUrl, startsAt,
                endsAt, capacity, registration, projectId);
    }

    public void publish(boolean published) {
        this.published = published;
    }

    public void count(Integer participants) {
        if (participants != null && participants < 0) {
            throw new IllegalArgumentException("A number of participants is not negative");
        }
        this.participants = participants;
    }

    /** Whether a resident can register now: published, with registration, not started yet. */
    public boolean isOpenForRegistration(Instant now) {
        return published && registration && now.isBefore(startsAt);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Long projectId() {
        return projectId;
    }

    public EventKind kind() {
        return kind;
    }

    public EventFormat format() {
        return format;
    }

    public LocalizedText title() {
        return new LocalizedText(titlePl, titleEn);
    }

    public LocalizedText description() {
        return new LocalizedText(descriptionPl, descriptionEn);
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

    public String onlineUrl() {
        return onlineUrl;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Integer capacity() {
        return capacity;
    }

    public boolean registration() {
        return registration;
    }

    public boolean published() {
        return published;
    }

    public Integer participants() {
        return participants;
    }
}
