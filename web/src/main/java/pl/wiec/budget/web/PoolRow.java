package pl.wiec.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.entity.LocalizedText;

/** One pool as the edition page ({@link EditionEditor}) edits it. */
public class PoolRow implements Serializable {
    private static final long serialVersionUID = 1L;
    Long id;
    String namePl;
    String nameEn;
    BigDecimal amount;
    BigDecimal costCap;
    Long areaId;
    VotingMethod method = VotingMethod.ONE_VOTE;
    Integer minChoices = 1;
    Integer maxChoices = 1;
    String points;

    static PoolRow of(PoolPlan plan) {
        PoolRow row = new PoolRow();
        row.id = plan.id();
        row.namePl = plan.name().pl();
        row.nameEn = plan.name().en();
        row.amount = plan.amount();
        row.costCap = plan.costCap();
        row.areaId = plan.areaId();
        row.method = plan.method();
        row.minChoices = plan.minChoices();
        row.maxChoices = plan.method() == VotingMethod.ALLOCATION ? null : plan.maxChoices();
        row.points = plan.points().isEmpty() ? null
                : String.join(", ", plan.points().stream().map(String::valueOf).toList());
        return row;
    }

    PoolPlan plan() {
        return new PoolPlan(id, new LocalizedText(namePl, nameEn), amount, costCap, areaId, method,
                minChoices == null ? 1 : minChoices, maxChoices == null ? 1 : maxChoices, PoolPlan.points(points));
    }

    public Long getId() {
        return id;
    }

    public String getNamePl() {
        return namePl;
    }

    public void setNamePl(String namePl) {
        this.namePl = namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getCostCap() {
        return costCap;
    }

    public void setCostCap(BigDecimal costCap) {
        this.costCap = costCap;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public VotingMethod getMethod() {
        return method;
    }

    public void setMethod(VotingMethod method) {
        this.method = method;
    }

    public Integer getMinChoices() {
        return minChoices;
    }

    public void setMinChoices(Integer minChoices) {
        this.minChoices = minChoices;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public String getPoints() {
        return points;
    }

    public void setPoints(String points) {
        this.points = points;
    }
}
