package pl.wiec.budget.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A project residents (or staff, for one submitted on paper) put forward for the budget: in one pool, with its cost,
 * numbered in order of submission within the edition (the number residents see on the ballot). Staff admit it to the
 * vote or reject it with a written reason; every decision is public.
 */
@Entity
@Table(name = "budget_project")
@NamedQuery(name = BudgetProject.OF_EDITION, query = "select p from BudgetProject p where p.editionId = :edition and p.status <> pl.wiec.budget.entity.ProjectStatus.DRAFT order by p.number")
@NamedQuery(name = BudgetProject.ON_BALLOT, query = "select p from BudgetProject p where p.editionId = :edition and p.status = pl.wiec.budget.entity.ProjectStatus.ADMITTED order by p.number")
public class BudgetProject implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EDITION = "BudgetProject.ofEdition";
    public static final String ON_BALLOT = "BudgetProject.onBallot";

    @Id
    @SequenceGenerator(name = "budget_project_seq", sequenceName = "budget_project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_project_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "project_id", nullable = false)
    private long editionId;

    @Column(name = "pool_id", nullable = false)
    private long poolId;

    /** The number on the ballot, given when it is submitted; null for a draft. */
    private Integer number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 4000)
    private String summary;

    private String location;

    @Column(nullable = false)
    private BigDecimal cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(length = 4000)
    private String accessibility;

    @Embedded
    private Checklist checklist = Checklist.unchecked();

    /** Signatures on the paper list of supporters the author handed in, as staff counted them. */
    @Column(name = "paper_supporters", nullable = false)
    private int paperSupporters;

    @Column(length = 4000)
    private String corrections;

    @Column(name = "corrections_until")
    private java.time.LocalDate correctionsUntil;

    @ElementCollection
    @CollectionTable(name = "budget_cost_item", joinColumns = @JoinColumn(name = "budget_project_id"))
    @OrderColumn(name = "position")
    private List<CostItem> costItems = new ArrayList<>();

    @Column(length = 4000)
    private String appeal;

    @Column(name = "appealed_at")
    private Instant appealedAt;

    @Column(name = "appeal_allowed")
    private Boolean appealAllowed;

    @Column(name = "appeal_reason", length = 4000)
    private String appealReason;

    @Column(name = "appeal_decided_at")
    private Instant appealDecidedAt;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    protected BudgetProject() {
    }

    public BudgetProject(Pool pool, int number, String title, String summary, String location, BigDecimal cost,
            Long authorId, Instant now) {
        if (!pool.admitsCost(cost)) {
            throw new IllegalArgumentException("The cost is above the pool's cap");
        }
        this.editionId = pool.edition().projectId();
        this.poolId = pool.id();
        this.number = number;
        this.title = title;
        this.summary = summary;
        this.location = location;
        this.cost = cost;
        this.authorId = authorId;
        this.submittedAt = now;
        this.status = ProjectStatus.SUBMITTED;
    }

    /** A resident's draft in the pool: not numbered, not seen by anyone else until it is submitted. */
    public static BudgetProject draft(Pool pool, ProjectDraft draft, long authorId, Instant now) {
        BudgetProject project = new BudgetProject();
        project.editionId = pool.edition().projectId();
        project.authorId = authorId;
        project.status = ProjectStatus.DRAFT;
        project.submittedAt = now;
        project.revise(pool, draft);
        return project;
    }

    /** The author's changes (a draft, a submitted project while submission runs, or one sent back for corrections). */
    public void revise(Pool pool, ProjectDraft draft) {
        if (!isUndecided()) {
            throw new IllegalStateException("Project " + id + " is decided and cannot change");
        }
        this.poolId = pool.id();
        this.title = text(draft.title(), "(bez tytułu)");
        this.summary = text(draft.summary(), "");
        this.location = draft.location() == null || draft.location().isBlank() ? null : draft.location().trim();
        this.accessibility = draft.accessibility() == null ? null : draft.accessibility().trim();
        this.costItems = new ArrayList<>(draft.costItems());
        BigDecimal sum = draft.cost();
        this.cost = sum.signum() > 0 ? sum : BigDecimal.ONE.movePointLeft(2);
    }

    /** Whether staff have not decided on it yet (a draft, submitted, or sent back for corrections). */
    public boolean isUndecided() {
        return status == ProjectStatus.DRAFT || status == ProjectStatus.SUBMITTED
                || status == ProjectStatus.CORRECTIONS;
    }

    /**
     * Staff's report on the implementation of this winning project: the stage it reached and what happened, on a day.
     * The project keeps the latest stage.
     */
    public Progress report(Stage reached, String note, java.time.LocalDate on, Instant now) {
        if (status != ProjectStatus.ADMITTED) {
            throw new IllegalStateException("Project " + id + " was not on the ballot");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A report says what happened");
        }
        this.stage = reached;
        return new Progress(id, reached, note, on, now);
    }

    /** The stage of its implementation staff last reported; null before the first report. */
    public Stage stage() {
        return stage;
    }

    /** Submits the draft under its number: from now on it waits for verification and anyone reads it. */
    public void submit(int number, Instant now) {
        if (status != ProjectStatus.DRAFT) {
            throw new IllegalStateException("Project " + id + " is not a draft");
        }
        this.number = number;
        this.status = ProjectStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** Staff's count of the signatures on the author's paper list of supporters. */
    public void countPaperSupporters(int signatures) {
        if (signatures < 0) {
            throw new IllegalArgumentException("Signatures cannot be negative");
        }
        this.paperSupporters = signatures;
    }

    public int paperSupporters() {
        return paperSupporters;
    }

    /** Staff's answers to the checklist, recorded as they verify. */
    public void check(Checklist answers) {
        if (status == ProjectStatus.DRAFT) {
            throw new IllegalStateException("Project " + id + " is not submitted");
        }
        this.checklist = answers;
    }

    /** Sends the project back to its author to correct as the note says, by the day given. */
    public void askForCorrections(String note, java.time.LocalDate until) {
        if (status != ProjectStatus.SUBMITTED || authorId == null) {
            throw new IllegalStateException("Project " + id + " is not waiting for verification by an author");
        }
        this.corrections = note.trim();
        this.correctionsUntil = until;
        this.status = ProjectStatus.CORRECTIONS;
    }

    /** Whether the author may still correct it on that day. */
    public boolean acceptsCorrectionsOn(java.time.LocalDate day) {
        return status == ProjectStatus.CORRECTIONS && !day.isAfter(correctionsUntil);
    }

    /** The author sends the corrected project back for verification. */
    public void resubmit() {
        if (status != ProjectStatus.CORRECTIONS) {
            throw new IllegalStateException("Project " + id + " was not sent back for corrections");
        }
        this.status = ProjectStatus.SUBMITTED;
    }

    /** The author appeals the rejection, by {@code deadline}. */
    public void appeal(String text, Instant now, Instant deadline) {
        if (status != ProjectStatus.REJECTED || appealedAt != null) {
            throw new IllegalStateException("Project " + id + " has no rejection to appeal");
        }
        if (now.isAfter(deadline)) {
            throw new IllegalStateException("The time to appeal project " + id + " is over");
        }
        this.appeal = text.trim();
        this.appealedAt = now;
    }

    /** The appeal body's decision: allowed (the project goes to the vote) or dismissed, with its reason. */
    public void decideAppeal(boolean allowed, String reason, Instant now) {
        if (appealedAt == null || appealDecidedAt != null) {
            throw new IllegalStateException("Project " + id + " has no open appeal");
        }
        this.appealAllowed = allowed;
        this.appealReason = reason.trim();
        this.appealDecidedAt = now;
        if (allowed) {
            this.status = ProjectStatus.ADMITTED;
        }
    }

    public boolean isAuthoredBy(long residentId) {
        return authorId != null && authorId == residentId;
    }

    private static String text(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.trim();
    }

    /** Admits it to the vote: only once every question of the checklist is answered yes. */
    public void admit(Instant now) {
        if (!checklist().passed()) {
            throw new IllegalStateException("Project " + id + " has not passed the checklist");
        }
        this.status = ProjectStatus.ADMITTED;
        this.decidedAt = now;
        this.decisionReason = null;
    }

    public void reject(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs its reason");
        }
        this.status = ProjectStatus.REJECTED;
        this.decidedAt = now;
        this.decisionReason = reason.trim();
    }

    public Candidate candidate() {
        return new Candidate(id, number, cost);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long editionId() {
        return editionId;
    }

    public long poolId() {
        return poolId;
    }

    /** The number on the ballot; 0 for a draft, which has none yet. */
    public int number() {
        return number == null ? 0 : number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String location() {
        return location;
    }

    public BigDecimal cost() {
        return cost;
    }

    public ProjectStatus status() {
        return status;
    }

    public Long authorId() {
        return authorId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String accessibility() {
        return accessibility;
    }

    public Checklist checklist() {
        return checklist == null ? Checklist.unchecked() : checklist;
    }

    public String corrections() {
        return corrections;
    }

    public java.time.LocalDate correctionsUntil() {
        return correctionsUntil;
    }

    public List<CostItem> costItems() {
        return List.copyOf(costItems);
    }

    public String appeal() {
        return appeal;
    }

    public Instant appealedAt() {
        return appealedAt;
    }

    /** Whether the appeal was allowed; null while none was decided. */
    public Boolean appealAllowed() {
        return appealAllowed;
    }

    public String appealReason() {
        return appealReason;
    }

    public Instant appealDecidedAt() {
        return appealDecidedAt;
    }

    public boolean isAppealOpen() {
        return appealedAt != null && appealDecidedAt == null;
    }

    public ProjectDraft draft() {
        return new ProjectDraft(poolId, title, summary, location, accessibility, costItems);
    }
}
