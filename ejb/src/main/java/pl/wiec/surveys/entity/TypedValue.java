package pl.wiec.surveys.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * An answer written as text, read for a question answered with a value: the same reading for a resident's field, a
 * keyed paper form and a spreadsheet's cell. A number may use a decimal comma and spaces between thousands; a date is
 * 2026-06-15 or 15.06.2026; a point is its latitude and longitude ("53.84, 22.98", "53,84 22,98" or "53,84; 22,98"); a
 * line or an area is its points in order, each "latitude longitude", separated by commas (then with decimal points) or
 * semicolons (then decimal commas may be used).
 */
public record TypedValue(Answer answer, AnswerProblem problem) {

    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** What the text says as an answer of the kind (blank: no answer), or why it cannot be read. */
    public static TypedValue read(QuestionKind kind, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new TypedValue(Answer.NONE, null);
        }
        return switch (kind) {
        case SHORT_TEXT, LONG_TEXT -> new TypedValue(Answer.text(text.replace("\r\n", "\n")), null);
        case NUMBER -> {
            BigDecimal number = number(text);
            yield number == null ? new TypedValue(null, AnswerProblem.NOT_A_NUMBER)
                    : new TypedValue(Answer.number(number), null);
        }
        case DATE -> {
            LocalDate date = date(text);
            yield date == null ? new TypedValue(null, AnswerProblem.NOT_A_DATE)
                    : new TypedValue(Answer.date(date), null);
        }
        case POINT -> point(text);
        case LINE, AREA -> {
            // points separated by semicolons may use decimal commas; separated by commas, decimal points
            List<Coordinate> shape = Coordinate.parse(text.contains(";") ? text.replace(',', '.') : text);
            yield shape == null ? new TypedValue(null, AnswerProblem.OUTSIDE_MAP)
                    : new TypedValue(Answer.shape(shape), null);
        }
        default -> new TypedValue(null, AnswerProblem.UNKNOWN);
        };
    }

    /** A point from its two coordinates typed in separate fields (both blank: no answer). */
    public static TypedValue point(String latitude, String longitude) {
        String lat = latitude == null ? "" : latitude.strip();
        String lng = longitude == null ? "" : longitude.strip();
        if (lat.isEmpty() && lng.isEmpty()) {
            return new TypedValue(Answer.NONE, null);
        }
        BigDecimal la = number(lat);
        BigDecimal ln = number(lng);
        return la == null || ln == null ? new TypedValue(null, AnswerProblem.OUTSIDE_MAP)
                : new TypedValue(Answer.point(la.doubleValue(), ln.doubleValue()), null);
    }

    public boolean readable() {
        return problem == null;
    }

    private static TypedValue point(String text) {
        String[] parts = text.contains(";") ? text.split("\\s*;\\s*")
                : text.matches(".*,\\s+.*") ? text.split(",\\s+") : text.split("\\s+");
        if (parts.length == 1 && text.chars().filter(c -> c == ',').count() == 1 && text.contains(".")) {
            parts = text.split(",");
        }
        return parts.length == 2 ? point(parts[0], parts[1]) : new TypedValue(null, AnswerProblem.OUTSIDE_MAP);
    }

    private static BigDecimal number(String text) {
        String plain = text.replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            return plain.isEmpty() ? null : new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, POLISH_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the other format
            }
        }
        return null;
    }
}
