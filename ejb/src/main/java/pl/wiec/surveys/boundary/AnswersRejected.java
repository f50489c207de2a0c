package pl.wiec.surveys.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * The answers break the questions' rules: per question id, what is wrong ({@link #WHOLE} for the response as a whole).
 * Nothing was stored.
 */
@ApplicationException(rollback = true)
public class AnswersRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** The key of a problem of the whole response. */
    public static final long WHOLE = 0L;

    /** What can be wrong with the answer to a question. */
    public enum Problem {
        /** A required question was not answered. */
        REQUIRED,
        /** More than one option in a single choice. */
        ONE_ONLY,
        /** More options than the question allows. */
        TOO_MANY,
        /** An option the question does not offer, or a question the poll does not ask. */
        UNKNOWN,
        /** Nothing was answered at all. */
        EMPTY
    }

    private final Map<Long, Problem> problems;

    public AnswersRejected(Map<Long, Problem> problems) {
        super("Answers rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, Problem> problems() {
        return problems;
    }
}
