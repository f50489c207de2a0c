package pl.wiec.projects.entity;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a project's timeline: from one day to another (both included), with one participation method. */
@Entity
@Table(name = "phase")
public class Phase {

    @Id
    @SequenceGenerator(name = "phase_seq", sequenceName = "phase_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phase_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "title_pl", nullable = false)
    private String titlePl;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String method;

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "submit_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "submit_areas"))
    private ActionRule submitRule = ActionRule.anyoneSignedIn();

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "comment_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "comment_minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "comment_areas"))
    private ActionRule commentRule = ActionRule.anyoneSignedIn();

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "react_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "react_minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "react_areas"))
    private ActionRule reactRule = ActionRule.anyoneSignedIn();

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "support_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "support_minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "support_areas"))
    private ActionRule supportRule = ActionRule.anyoneSignedIn();

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "vote_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "vote_minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "vote_areas"))
    private ActionRule voteRule = ActionRule.anyoneSignedIn();

    @Embedded
    @AttributeOverride(name = "requires", column = @Column(name = "answer_requires", nullable = false))
    @AttributeOverride(name = "minimumAge", column = @Column(name = "answer_minimum_age"))
    @AttributeOverride(name = "areas", column = @Column(name = "answer_areas"))
    private ActionRule answerRule = ActionRule.anyoneSignedIn();

    /** The day the start was announced to the project's followers; null until then. */
    @Column(name = "announced_on")
    private LocalDate announcedOn;

    /** Whether residents may also dislike ideas in this phase (likes are always possible). */
    @Column(nullable = false)
    private boolean dislikes;

    @Column(name = "support_threshold")
    private Integer supportThreshold;

    @Column(name = "support_days")
    private Integer supportDays;

    protected Phase() {
    }

    Phase(Project project, PhasePlan plan) {
        this.project = project;
        apply(plan);
    }

    void apply(PhasePlan plan) {
        this.titlePl = plan.title().pl();
        this.titleEn = plan.title().en();
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.method = plan.method();
        this.submitRule = plan.rule(Action.SUBMIT);
        this.commentRule = plan.rule(Action.COMMENT);
        this.reactRule = plan.rule(Action.REACT);
        this.supportRule = plan.rule(Action.SUPPORT);
        this.voteRule = plan.rule(Action.VOTE);
        this.answerRule = plan.rule(Action.ANSWER);
        for (Action action : Action.values()) {
            if (!plan.rule(action).requires().allowedFor(action)) {
                throw new IllegalArgumentException("Anyone may only answer questions, not " + action);
            }
        }
        this.dislikes = plan.dislikes();
        this.supportThreshold = plan.supportThreshold();
        this.supportDays = plan.supportDays();
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long id() {
        return id;
    }

    public LocalizedText title() {
        return new LocalizedText(titlePl, titleEn);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String method() {
        return method;
    }

    /** Who may do the action in this phase. */
    public ActionRule rule(Action action) {
        ActionRule rule = switch (action) {
        case SUBMIT -> submitRule;
        case COMMENT -> commentRule;
        case REACT -> reactRule;
        case SUPPORT -> supportRule;
        case VOTE -> voteRule;
        case ANSWER -> answerRule;
        };
        return rule == null ? ActionRule.anyoneSignedIn() : rule;
    }

    public boolean allowsDislikes() {
        return dislikes;
    }

    /** Supports a proposal needs in this phase; null where the method counts none. */
    public Integer supportThreshold() {
        return supportThreshold;
    }

    /** Days a proposal has to collect them. */
    public Integer supportDays() {
        return supportDays;
    }

    public Project project() {
        return project;
    }

    public PhasePlan plan() {
        java.util.Map<Action, ActionRule> rules = new java.util.EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            rules.put(action, rule(action));
        }
        return new PhasePlan(id, title(), startsOn, endsOn, method, rules, dislikes, supportThreshold, supportDays);
    }
}
