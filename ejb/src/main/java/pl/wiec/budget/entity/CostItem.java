package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a project's cost estimate: what and how much (e.g. "ławki, 6 szt." — 12,000 zł). */
@Embeddable
public class CostItem implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The longest name of an item; the largest amount (12 digits before the decimal point, as the column keeps). */
    public static final int NAME_MAX = 200;
    public static final BigDecimal AMOUNT_MAX = new BigDecimal("999999999999.99");

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal amount;

    protected CostItem() {
    }

    public CostItem(String name, BigDecimal amount) {
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX || amount == null || amount.signum() <= 0
                || amount.compareTo(AMOUNT_MAX) > 0) {
            throw new IllegalArgumentException("A cost item needs a name of up to " + NAME_MAX
                    + " characters and an amount above zero, at most " + AMOUNT_MAX);
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
