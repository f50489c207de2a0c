package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a project's cost estimate: what and how much (e.g. "ławki, 6 szt." — 12,000 zł). */
@Embeddable
public class CostItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal amount;

    protected CostItem() {
    }

    public CostItem(String name, BigDecimal amount) {
        if (name == null || name.isBlank() || amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A cost item needs a name and an amount above zero");
        }
        this.name = name.trim();
        this.amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public String name() {
        return name;
    }

    public BigDecimal amount() {
        return amount;
    }
}
