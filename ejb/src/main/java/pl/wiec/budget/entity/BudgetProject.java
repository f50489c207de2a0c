package pl.wiec.budget.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
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
@NamedQuery(name = BudgetProject.OF_EDITION, query = "select p from BudgetProject p where p.editionId = :edition order by p.number")
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

    @Column(nullable = false)
    private int number;

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

    public void admit(Instant now) {
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

    public int number() {
        return number;
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
}
