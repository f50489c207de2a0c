package pl.wiec.budget.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What staff read from a paper card apart from the person: the numbers marked per pool (by pool id, in the order
 * written), the verdict they saw (null: it looks valid), the area with a pool of its own the address lies in, and for a
 * postal card the day it arrived. Kept with the card and with its re-keying, so that a card keyed differently twice can
 * be shown side by side without storing anyone's name next to their choices.
 */
public record CardReading(Map<Long, List<Integer>> numbers, InvalidReason invalid, Long area, LocalDate receivedOn)
        implements Serializable {

    public CardReading {
        Map<Long, List<Integer>> marked = new TreeMap<>();
        if (numbers != null) {
            numbers.forEach((pool, marks) -> {
                if (marks != null && !marks.isEmpty()) {
                    marked.put(pool, List.copyOf(marks));
                }
            });
        }
        numbers = java.util.Collections.unmodifiableMap(marked);
    }

    /** The reading as one line of text, e.g. {@code 12=1,2;14=7|NO_SIGNATURE|4|2026-12-01}. */
    public String text() {
        return numbers.entrySet().stream()
                .map(pool -> pool.getKey() + "="
                        + pool.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(";")) + "|" + (invalid == null ? "" : invalid.name()) + "|"
                + (area == null ? "" : area) + "|" + (receivedOn == null ? "" : receivedOn);
    }

    /** A reading from its {@link #text()}. */
    public static CardReading parse(String text) {
        String[] parts = text.split("\\|", -1);
        Map<Long, List<Integer>> numbers = new TreeMap<>();
        if (!parts[0].isEmpty()) {
            for (String pool : parts[0].split(";")) {
                String[] marks = pool.split("=", 2);
                List<Integer> marked = new ArrayList<>();
                for (String number : marks[1].split(",")) {
                    marked.add(Integer.valueOf(number));
                }
                numbers.put(Long.valueOf(marks[0]), marked);
            }
        }
        return new CardReading(numbers, parts[1].isEmpty() ? null : InvalidReason.valueOf(parts[1]),
                parts[2].isEmpty() ? null : Long.valueOf(parts[2]),
                parts[3].isEmpty() ? null : LocalDate.parse(parts[3]));
    }
}
