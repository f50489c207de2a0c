package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One person's answer to one question: the options chosen (a choice or a scale; a ranking's in their order, first
 * first), or a value (text, a number, a date, a point, a line or an area drawn on the map, the id of an
 * {@link Attachment}). An answer to a question left alone is {@link #NONE}. The options keep the order they were given
 * in.
 */
public record Answer(Set<Long> options, String text, BigDecimal number, LocalDate date, Double latitude,
        Double longitude, List<Coordinate> shape, Long attachment) implements Serializable {

    public static final Answer NONE = new Answer(Set.of(), null, null, null, null, null);

    public Answer {
        options = inOrder(options);
        text = text == null || text.isBlank() ? null : text.strip();
        if (latitude == null || longitude == null) {
            latitude = null;
            longitude = null;
        }
        shape = shape == null ? List.of() : List.copyOf(shape);
    }

    private static Set<Long> inOrder(Set<Long> options) {
        if (options == null) {
            return Set.of();
        }
        Set<Long> kept = new LinkedHashSet<>(options);
        kept.remove(null);
        return Collections.unmodifiableSet(kept);
    }

    /** An answer without an attachment. */
    public Answer(Set<Long> options, String text, BigDecimal number, LocalDate date, Double latitude, Double longitude,
            List<Coordinate> shape) {
        this(options, text, number, date, latitude, longitude, shape, null);
    }

    /** An answer without a shape or an attachment. */
    public Answer(Set<Long> options, String text, BigDecimal number, LocalDate date, Double latitude,
            Double longitude) {
        this(options, text, number, date, latitude, longitude, List.of());
    }

    /** A line or an area drawn on the map, point by point. */
    public static Answer shape(List<Coordinate> shape) {
        return new Answer(Set.of(), null, null, null, null, null, shape);
    }

    /** A file attached: the {@link Attachment}'s id. */
    public static Answer attached(long attachment) {
        return new Answer(Set.of(), null, null, null, null, null, List.of(), attachment);
    }

    /** Options put in order, the first first. */
    public static Answer ranked(List<Long> options) {
        return chose(new LinkedHashSet<>(options));
    }

    public static Answer chose(Set<Long> options) {
        return new Answer(options, null, null, null, null, null);
    }

    public static Answer text(String text) {
        return new Answer(Set.of(), text, null, null, null, null);
    }

    public static Answer number(BigDecimal number) {
        return new Answer(Set.of(), null, number, null, null, null);
    }

    public static Answer date(LocalDate date) {
        return new Answer(Set.of(), null, null, date, null, null);
    }

    public static Answer point(Double latitude, Double longitude) {
        return new Answer(Set.of(), null, null, null, latitude, longitude);
    }

    public boolean isEmpty() {
        return options.isEmpty() && !hasValue();
    }

    /** Whether it holds a value (anything but options). */
    public boolean hasValue() {
        return text != null || number != null || date != null || latitude != null || !shape.isEmpty()
                || attachment != null;
    }

    /** How many kinds of value it holds (an answer holds one at most). */
    int values() {
        return (text != null ? 1 : 0) + (number != null ? 1 : 0) + (date != null ? 1 : 0) + (latitude != null ? 1 : 0)
                + (shape.isEmpty() ? 0 : 1) + (attachment != null ? 1 : 0);
    }
}
