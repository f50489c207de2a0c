package pl.wiec.projects.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participatory process: its texts, who sees it, and a timeline of phases that never overlap. The rules live here, so
 * no caller can store a timeline with overlapping phases, a phase that ends before it starts, or a project without a
 * Polish title.
 */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "title_pl", nullable = false)
    private String titlePl;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "summary_pl", nullable = false)
    private String summaryPl;

    @Column(name = "summary_en")
    private String summaryEn;

    @Column(name = "description_pl")
    private String descriptionPl;

    @Column(name = "description_en")
    private String descriptionEn;

    @ElementCollection
    @CollectionTable(name = "project_area", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "area_id")
    private Set<Long> areaIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_topic", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new HashSet<>();

    @Column(name = "folder_id")
    private Long folderId;

    @Column(name = "cover_sha256")
    private String coverSha256;

    @Column(name = "cover_description")
    private String coverDescription;

    /** The logins of its project moderators (see pl.wiec.projects.control.ProjectAccess). */
    @ElementCollection
    @CollectionTable(name = "project_moderator", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "staff_login")
    private Set<String> moderators = new HashSet<>();

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsOn")
    private List<Phase> phases = new ArrayList<>();

    protected Project() {
    }

    public Project(ProjectTexts texts, Instant now) {
        this.createdAt = now;
        this.visibility = Visibility.DRAFT;
        describe(texts);
    }

    /** Replaces the texts; the description is sanitised here, whatever the caller did. */
    public void describe(ProjectTexts texts) {
        if (!texts.title().hasPolish() || !texts.summary().hasPolish()) {
            throw new IllegalArgumentException("A project needs a Polish title and summary");
        }
        titlePl = texts.title().pl();
        titleEn = texts.title().en();
        summaryPl = texts.summary().pl();
        summaryEn = texts.summary().en();
        descriptionPl = RichText.sanitised(texts.description().pl());
        descriptionEn = RichText.sanitised(texts.description().en());
    }

    /** The areas and topics the project concerns (ids of the municipality's areas and topics). */
    public void tag(Set<Long> areas, Set<Long> topics) {
        areaIds.clear();
        areaIds.addAll(areas);
        topicIds.clear();
        topicIds.addAll(topics);
    }

    public Set<Long> areaIds() {
        return Set.copyOf(areaIds);
    }

    /** A new cover (its hash) and what it shows; null for none. */
    public void cover(String sha256, String description) {
        this.coverSha256 = sha256;
        this.coverDescription = sha256 == null ? null : description.trim();
    }

    /** Puts the project into a folder of the municipality's (null: none). */
    public void file(Long folder) {
        this.folderId = folder;
    }

    public Long folderId() {
        return folderId;
    }

    public boolean hasCover() {
        return coverSha256 != null;
    }

    /** Changes with every new cover: a version for its address, so browsers never show a stale one. */
    public String coverVersion() {
        return coverSha256 == null ? null : coverSha256.substring(0, 12);
    }

    public String coverDescription() {
        return coverDescription;
    }

    public void assignModerators(Set<String> logins) {
        moderators.clear();
        moderators.addAll(logins);
    }

    public Set<String> moderators() {
        return Set.copyOf(moderators);
    }

    public Set<Long> topicIds() {
        return Set.copyOf(topicIds);
    }

    public void show(Visibility newVisibility) {
        this.visibility = newVisibility;
    }

    /**
     * Replaces the timeline with the plan: existing phases (by id) are updated, missing ones removed, new ones added.
     *
     * @throws TimelineRejected
     *             naming the first two phases that overlap, or a phase that ends before it starts
     */
    public void plan(List<PhasePlan> plans) throws TimelineRejected {
        List<PhasePlan> ordered = plans.stream().sorted(Comparator.comparing(PhasePlan::startsOn)).toList();
        for (PhasePlan plan : ordered) {
            if (plan.endsOn().isBefore(plan.startsOn())) {
                throw new TimelineRejected(plan, null);
            }
        }
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                throw new TimelineRejected(ordered.get(i - 1), ordered.get(i));
            }
        }
        Map<Long, Phase> existing = phases.stream().filter(phase -> phase.id() != null)
                .collect(Collectors.toMap(Phase::id, Function.identity()));
        List<Phase> next = new ArrayList<>();
        for (PhasePlan plan : ordered) {
            Phase phase = plan.id() == null ? null : existing.get(plan.id());
            if (phase == null) {
                phase = new Phase(this, plan);
            } else {
                phase.apply(plan);
            }
            next.add(phase);
        }
        phases.clear();
        phases.addAll(next);
    }

    /**
     * What the plans would change of phases that have begun by {@code today}: a running phase ending before today, a
     * begun phase's dates moved, a begun phase removed. Empty when the plans touch only the future.
     */
    public List<PastChange> pastChanges(List<PhasePlan> plans, LocalDate today) {
        Map<Long, PhasePlan> planned = plans.stream().filter(plan -> plan.id() != null)
                .collect(Collectors.toMap(PhasePlan::id, Function.identity(), (a, b) -> a));
        List<PastChange> changes = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase.id() == null || phase.startsOn().isAfter(today)) {
                continue;
            }
            PhasePlan plan = planned.get(phase.id());
            if (plan == null) {
                changes.add(new PastChange(phase.title(), phase.method(), PastChange.Change.STARTED_REMOVED, null));
            } else if (phase.isRunningOn(today) && plan.endsOn().isBefore(today)) {
                changes.add(new PastChange(phase.title(), phase.method(), PastChange.Change.ENDS_BEFORE_TODAY,
                        plan.endsOn()));
            } else if (!plan.startsOn().equals(phase.startsOn())
                    || phase.endsOn().isBefore(today) && !plan.endsOn().equals(phase.endsOn())) {
                changes.add(new PastChange(phase.title(), phase.method(), PastChange.Change.PAST_MOVED, null));
            }
        }
        return changes;
    }

    /** The phase running on that day, if any. */
    public Optional<Phase> phaseOn(LocalDate day) {
        return phases.stream().filter(phase -> phase.isRunningOn(day)).findFirst();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Visibility visibility() {
        return visibility;
    }

    public LocalizedText title() {
        return new LocalizedText(titlePl, titleEn);
    }

    public LocalizedText summary() {
        return new LocalizedText(summaryPl, summaryEn);
    }

    /** Sanitised HTML, safe to show as it is. */
    public LocalizedText description() {
        return new LocalizedText(descriptionPl, descriptionEn);
    }

    public ProjectTexts texts() {
        return new ProjectTexts(title(), summary(), description());
    }

    public List<Phase> phases() {
        return phases.stream().sorted(Comparator.comparing(Phase::startsOn)).toList();
    }
}
