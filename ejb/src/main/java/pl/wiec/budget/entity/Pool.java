package pl.wiec.budget.entity;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.projects.entity.LocalizedText;

/** A pool of an edition's money (gmina-wide, an area's, a themed one), with how residents vote in it. */
@Entity
@Table(name = "budget_pool")
public class Pool {

    @Id
    @SequenceGenerator(name = "budget_pool_seq", sequenceName = "budget_pool_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_pool_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private Edition edition;

    @Column(nullable = false)
    private int position;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(name = "cost_cap")
    private BigDecimal costCap;

    @Column(name = "area_id")
    private Long areaId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VotingMethod method;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    private String points;

    protected Pool() {
    }

    Pool(Edition edition, int position, PoolPlan plan) {
        this.edition = edition;
        apply(position, plan);
    }

    void apply(int position, PoolPlan plan) {
        this.position = position;
        this.namePl = plan.name().pl();
        this.nameEn = plan.name().en();
        this.amount = plan.amount();
        this.costCap = plan.costCap();
        this.areaId = plan.areaId();
        this.method = plan.method();
        this.minChoices = plan.minChoices();
        this.maxChoices = plan.maxChoices();
        this.points = plan.points().isEmpty() ? null
                : String.join(",", plan.points().stream().map(String::valueOf).toList());
    }

    public Long id() {
        return id;
    }

    public Edition edition() {
        return edition;
    }

    public LocalizedText name() {
        return new LocalizedText(namePl, nameEn);
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal costCap() {
        return costCap;
    }

    /** Whether a project of this cost may be submitted to the pool. */
    public boolean admitsCost(BigDecimal cost) {
        return cost != null && cost.signum() > 0 && (costCap == null || cost.compareTo(costCap) <= 0)
                && cost.compareTo(amount) <= 0;
    }

    public Long areaId() {
        return areaId;
    }

    public VotingMethod method() {
        return method;
    }

    public int minChoices() {
        return minChoices;
    }

    public int maxChoices() {
        return maxChoices;
    }

    public List<Integer> points() {
        return PoolPlan.points(points);
    }

    public PoolPlan plan() {
        return new PoolPlan(id, name(), amount, costCap, areaId, method, minChoices, maxChoices, points());
    }

    /** The rules a ballot's choices in this pool are checked against. */
    public PoolRules rules() {
        return new PoolRules(id, amount, method, minChoices, maxChoices, points());
    }
}
