package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A budget project as its author writes it: the pool, title, description, place, the cost estimate item by item and how
 * the project serves people with disabilities (universal design). The project's cost is the sum of its items.
 */
public record ProjectDraft(long poolId, String title, String summary, String location, String accessibility,
        List<CostItem> costItems) implements Serializable {

    public ProjectDraft {
        costItems = costItems == null ? List.of() : List.copyOf(costItems);
    }

    public BigDecimal cost() {
        return costItems.stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether everything a submission needs is there (a draft may lack any of it). */
    public boolean isComplete() {
        return !blank(title) && !blank(summary) && !blank(accessibility) && !costItems.isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
