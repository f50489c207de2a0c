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

import pl.wiec.moderation.entity.ModerationState;
import pl.wiec.offline.entity.Keyer;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * An idea in a project's ideation phase: a resident's, submitted online, or one collected offline (a paper form, a
 * consultation point, an event, the post) and keyed in by staff or an ambassador, which has no author's account but its
 * channel, where it was collected and who keyed it.
 */
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

    /** The resident who submitted it online; null for an idea collected offline. */
    @Column(name = "author_id")
    private Long authorId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseChannel channel = ResponseChannel.ONLINE;

    /** Where an idea collected offline was collected (the consultation point, the event...). */
    @Column(name = "collected_at", length = 200)
    private String collectedAt;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "keyed_by_staff", length = 100)
    private String keyedByStaff;

    @Column(name = "keyed_by_resident")
    private Long keyedByResident;

    /** The key the entry screen gave the form: the same form sent twice is stored once (a unique key). */
    @Column(name = "entry_key", length = 64, unique = true)
    private String entryKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    private String place;

    private Double latitude;

    private Double longitude;

    @Column(name = "status_key", nullable = false)
    private String status = IdeaStatus.SUBMITTED;

    private String assignee;

    private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "feedback_by")
    private String feedbackBy;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private ModerationState visibility = ModerationState.VISIBLE;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Column(name = "supports_until")
    private Instant supportsUntil;

    @Column(name = "area_id")
    private Long areaId;

    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "idea_topic", joinColumns = @jakarta.persistence.JoinColumn(name = "idea_id"))
    @Column(name = "topic_id")
    private java.util.Set<Long> topicIds = new java.util.HashSet<>();

    @Column(name = "merged_into")
    private Long mergedInto;

    /** Counted by {@link pl.wiec.ideas.control.IdeaCounters} in the database, never written from here. */
    @Column(insertable = false, updatable = false)
    private int likes;

    @Column(insertable = false, updatable = false)
    private int dislikes;

    @Column(insertable = false, updatable = false)
    private int comments;

    protected Idea() {
    }

    public Idea(long projectId, long phaseId, long authorId, IdeaDraft draft, Instant now) {
        this.projectId = projectId;
        this.phaseId = phaseId;
        this.authorId = authorId;
        this.createdAt = now;
        rewrite(draft);
    }

    /**
     * An idea collected offline, as keyed in: no author's account, its channel (not online), where it was collected and
     * at which event, who keyed it, and the entry screen's key.
     */
    public static Idea keyed(long projectId, long phaseId, IdeaDraft draft, ResponseChannel channel, String collectedAt,
            Long eventId, Keyer keyer, String entryKey, Instant now) {
        if (channel == ResponseChannel.ONLINE) {
            throw new IllegalArgumentException("An idea keyed in came offline");
        }
        Idea idea = new Idea();
        idea.projectId = projectId;
        idea.phaseId = phaseId;
        idea.createdAt = now;
        idea.channel = channel;
        idea.collectedAt = collectedAt == null || collectedAt.isBlank() ? null : collectedAt.strip();
        idea.eventId = eventId;
        idea.keyedByStaff = keyer.staffLogin();
        idea.keyedByResident = keyer.residentId();
        idea.entryKey = entryKey;
        idea.rewrite(draft);
        return idea;
    }

    /** The author's new version: title, description, place (a point only with both coordinates), area and topics. */
    public void rewrite(IdeaDraft draft) {
        this.title = draft.title().trim();
        this.body = draft.body().trim();
        this.place = draft.place() == null || draft.place().isBlank() ? null : draft.place().trim();
        boolean point = draft.latitude() != null && draft.longitude() != null;
        this.latitude = point ? draft.latitude() : null;
        this.longitude = point ? draft.longitude() : null;
        this.areaId = draft.areaId();
        this.topicIds.clear();
        this.topicIds.addAll(draft.topicIds());
    }

    /** The idea as its author would edit it. */
    public IdeaDraft draft() {
        return new IdeaDraft(title, body, place, latitude, longitude, areaId, topicIds);
    }

    public Long areaId() {
        return areaId;
    }

    public java.util.Set<Long> topicIds() {
        return java.util.Collections.unmodifiableSet(topicIds);
    }

    /** The author may still change it: the phase runs, nobody handled it yet, and it has no supports counted. */
    public boolean isEditableBy(long residentId) {
        return authorId != null && authorId == residentId && IdeaStatus.SUBMITTED.equals(status) && feedback == null;
    }

    /** A moderation decision: held for review, hidden with a reason the author reads, or visible again. */
    public void moderate(ModerationState newVisibility, String reason) {
        this.visibility = newVisibility;
        this.moderationReason = newVisibility == ModerationState.HIDDEN ? reason : null;
    }

    /** A proposal: collects supports until then. */
    public void collectSupportsUntil(Instant until) {
        this.supportsUntil = until;
    }

    public Instant supportsUntil() {
        return supportsUntil;
    }

    public boolean isProposal() {
        return supportsUntil != null;
    }

    public ModerationState visibility() {
        return visibility;
    }

    public String moderationReason() {
        return moderationReason;
    }

    public void changeStatus(String newStatus) {
        this.status = newStatus;
    }

    public void assignTo(String staffLogin) {
        this.assignee = staffLogin == null || staffLogin.isBlank() ? null : staffLogin.trim();
    }

    /** Publishes (or, with an empty text, withdraws) the official answer under the idea. */
    public void answer(String text, String staffLogin, Instant now) {
        if (text == null || text.isBlank()) {
            feedback = null;
            feedbackAt = null;
            feedbackBy = null;
        } else {
            feedback = text.trim();
            feedbackAt = now;
            feedbackBy = staffLogin;
        }
    }

    /** Staff found it a duplicate of another idea: it takes the status "merged" and points there. */
    public void mergeInto(long otherId) {
        this.mergedInto = otherId;
        this.status = IdeaStatus.MERGED;
    }

    /** The idea this one was merged into, or null. */
    public Long mergedInto() {
        return mergedInto;
    }

    public int likes() {
        return likes;
    }

    public int dislikes() {
        return dislikes;
    }

    public int comments() {
        return comments;
    }

    public long version() {
        return version;
    }

    public String status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public String feedback() {
        return feedback;
    }

    public Instant feedbackAt() {
        return feedbackAt;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Long phaseId() {
        return phaseId;
    }

    /** The resident who submitted it online; null for an idea collected offline. */
    public Long authorId() {
        return authorId;
    }

    /** Whether the resident submitted it (never true of an idea collected offline). */
    public boolean isBy(Long residentId) {
        return residentId != null && residentId.equals(authorId);
    }

    /** How it came: online, or offline (keyed in). */
    public ResponseChannel channel() {
        return channel;
    }

    /** Where an idea collected offline was collected; null when not said. */
    public String collectedAt() {
        return collectedAt;
    }

    public Long eventId() {
        return eventId;
    }

    /** Who keyed an idea collected offline in; null for one submitted online. */
    public Keyer keyer() {
        return channel == ResponseChannel.ONLINE ? null : new Keyer(keyedByStaff, keyedByResident);
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
