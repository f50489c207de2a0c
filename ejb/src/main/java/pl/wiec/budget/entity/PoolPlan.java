package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A pool as staff plan it: its id if it exists (null for a new one), name, amount, optional cap per project, optional
 * area (only its residents vote in it; null for the whole gmina) and how residents vote in it: the method with the
 * fewest and most projects a voter chooses, and for ranked voting the points per place, best first (e.g. 3,2,1).
 */
public record PoolPlan(Long id, LocalizedText name, BigDecimal amount, BigDecimal costCap, Long areaId,
        VotingMethod method, int minChoices, int maxChoices, List<Integer> points) implements Serializable {

    public PoolPlan {
        if (name == null || !name.hasPolish()) {
            throw new IllegalArgumentException("A pool needs a Polish name");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A pool needs an amount above zero");
        }
        if (costCap != null && (costCap.signum() <= 0 || costCap.compareTo(amount) > 0)) {
            throw new IllegalArgumentException("A cost cap is above zero and at most the pool's amount");
        }
        amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        costCap = costCap == null ? null : costCap.setScale(2, java.math.RoundingMode.HALF_UP);
        if (method == null) {
            throw new IllegalArgumentException("A pool needs a voting method");
        }
        points = points == null ? List.of() : List.copyOf(points);
        switch (method) {
        case ONE_VOTE -> {
            minChoices = 1;
            maxChoices = 1;
            points = List.of();
        }
        case RANKED -> {
            if (points.isEmpty() || points.stream().anyMatch(p -> p == null || p < 1)) {
                throw new IllegalArgumentException("Ranked voting needs points per place, each at least 1");
            }
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i) > points.get(i - 1)) {
                    throw new IllegalArgumentException("Points per place go down from the first place");
                }
            }
            maxChoices = points.size();
            minChoices = Math.max(1, Math.min(minChoices, maxChoices));
        }
        case APPROVAL -> {
            points = List.of();
            if (maxChoices < 1 || minChoices < 1 || minChoices > maxChoices) {
                throw new IllegalArgumentException("Approval voting needs 1 ≤ fewest ≤ most projects");
            }
        }
        case ALLOCATION -> {
            points = List.of();
            minChoices = Math.max(1, minChoices);
            maxChoices = Integer.MAX_VALUE / 2;
        }
        }
    }

    /** Parses points written as staff type them: "3, 2, 1". */
    public static List<Integer> points(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(written.split("[,;/\\s]+")).filter(part -> !part.isBlank()).map(Integer::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Points are whole numbers separated by commas");
        }
    }
}
