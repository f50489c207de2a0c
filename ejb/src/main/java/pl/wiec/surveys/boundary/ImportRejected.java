package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A file of paper answers that was not imported, and why: row by row (as the spreadsheet numbers them, the header being
 * row 1), the column and what is wrong. Nothing of the file was stored. At most {@link #LISTED} problems are listed;
 * {@link #total()} counts them all.
 */
@ApplicationException(rollback = true)
public class ImportRejected extends Exception {

    private static final long serialVersionUID = 1L;
    public static final int LISTED = 200;

    /** What can be wrong with a file or a row. */
    public enum Problem {
        /** The file has no rows of answers. */
        EMPTY_FILE,
        /** A workbook (.xlsx) that cannot be read. */
        UNREADABLE,
        /** More rows than one import takes. */
        TOO_MANY_ROWS,
        /** A row with more cells than any form has columns. */
        TOO_MANY_COLUMNS,
        /** A file with the same contents was imported into this poll before. */
        ALREADY_IMPORTED,
        /** The header does not name the columns the form needs (the column says which). */
        HEADER,
        /** A row has more cells than the header. */
        COLUMNS,
        /** Not a channel Wiec knows (papier, punkt konsultacyjny, wydarzenie, poczta). */
        CHANNEL,
        /** The place is longer than 200 characters. */
        PLACE,
        /** Something other than option numbers. */
        NOT_NUMBERS,
        /** A required question was not answered. */
        REQUIRED,
        /** More than one option in a single choice. */
        ONE_ONLY,
        /** More options than the question allows. */
        TOO_MANY,
        /** An option number the question does not have. */
        UNKNOWN,
        /** A text longer than the question takes. */
        TOO_LONG,
        /** A number below the question's lower bound. */
        BELOW_MIN,
        /** A number above the question's upper bound. */
        ABOVE_MAX,
        /** Not a number where the question asks for one. */
        NOT_A_NUMBER,
        /** Not a date where the question asks for one. */
        NOT_A_DATE,
        /** A date before 1900 or after 2200. */
        DATE_RANGE,
        /** Not a point's coordinates, or a point outside Poland. */
        OUTSIDE_MAP,
        /** A line of fewer than two points, an area of fewer than three, or a shape of too many. */
        SHAPE,
        /** A ranking that does not give every option its own place. */
        RANKING,
        /** Nothing answered at all. */
        EMPTY
    }

    /** One problem: the row (0 for the file as a whole), the column's header ("" for the row as a whole), what. */
    public record RowProblem(int row, String column, Problem problem) implements Serializable {
    }

    private final List<RowProblem> problems;
    private final int total;

    public ImportRejected(List<RowProblem> problems) {
        super("Import rejected: " + problems.size() + " problems");
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
        this.total = problems.size();
    }

    public static ImportRejected of(Problem problem) {
        return new ImportRejected(List.of(new RowProblem(0, "", problem)));
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
