package pl.wiec.platform.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as people key them from paper: "2", "2, 5", "3 1 4", "1;3", "1+3", in the order typed. Used wherever a
 * keyed-in form marks options by their numbers (budget cards, poll and survey forms, imported spreadsheets).
 */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /**
     * The numbers typed; none for an empty text.
     *
     * @throws NumberFormatException
     *             when anything else is typed
     */
    public static List<Integer> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.isEmpty() ? new String[0] : text.split("[,;+/\\s]+")) {
            if (!part.matches("\\d{1,6}")) {
                throw new NumberFormatException("Not a number: " + part);
            }
            numbers.add(Integer.valueOf(part));
        }
        return numbers;
    }
}
