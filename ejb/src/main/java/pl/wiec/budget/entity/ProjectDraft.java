package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A budget project as its author writes it: the pool, title, description, place, the cost estimate item by item and how
 * the project serves people with disabilities (universal design). The project's cost is the sum of its items.
 */
public record ProjectDraft(long poolId, @Size(max = TITLE_MAX) String title, @Size(max = TEXT_MAX) String summary,
        @Size(max = LOCATION_MAX) String location, @Size(max = TEXT_MAX) String accessibility,
        @Size(max = COST_ITEMS_MAX) List<CostItem> costItems) implements Serializable {

    /** The limits, also shown and checked by the submission page (o:importConstants). */
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int LOCATION_MAX = 300;
    public static final int COST_ITEMS_MAX = 50;

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
