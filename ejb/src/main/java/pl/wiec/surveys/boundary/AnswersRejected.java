package pl.wiec.surveys.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

import pl.wiec.surveys.entity.AnswerProblem;

/**
 * The answers break the questions' rules: per question id, what is wrong ({@link #WHOLE} for the response as a whole).
 * Nothing was stored.
 */
@ApplicationException(rollback = true)
public class AnswersRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** The key of a problem of the whole response. */
    public static final long WHOLE = 0L;

    private final Map<Long, AnswerProblem> problems;

    public AnswersRejected(Map<Long, AnswerProblem> problems) {
        super("Answers rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, AnswerProblem> problems() {
        return problems;
    }
}
