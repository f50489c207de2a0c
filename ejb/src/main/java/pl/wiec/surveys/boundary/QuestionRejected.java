package pl.wiec.surveys.boundary;

import jakarta.ejb.ApplicationException;

import pl.wiec.surveys.entity.QuestionPlan.Problem;

/** The question as written cannot be stored, and why; nothing was changed. */
@ApplicationException(rollback = true)
public class QuestionRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public QuestionRejected(Problem problem) {
        super("Question rejected: " + problem);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
