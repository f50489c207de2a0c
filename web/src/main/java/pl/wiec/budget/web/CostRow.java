package pl.wiec.budget.web;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of a cost estimate as the submission form ({@link SubmissionPage}) edits it. */
public class CostRow implements Serializable {
    private static final long serialVersionUID = 1L;
    String name;
    BigDecimal amount;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
