package pl.wiec.projects.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "submit_requires", nullable = false)
    private Requirement submitRequires = Requirement.SIGNED_IN;

    @Column(name = "minimum_age")
    private Integer minimumAge;

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
        this.submitRequires = plan.submitRequires() == null ? Requirement.SIGNED_IN : plan.submitRequires();
        this.minimumAge = plan.minimumAge();
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

    public Requirement submitRequires() {
        return submitRequires;
    }

    public Integer minimumAge() {
        return minimumAge;
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
        return new PhasePlan(id, title(), startsOn, endsOn, method, submitRequires, minimumAge, supportThreshold,
                supportDays);
    }
}
