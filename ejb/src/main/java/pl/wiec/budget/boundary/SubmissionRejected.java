package pl.wiec.budget.boundary;

import java.util.Set;

import jakarta.ejb.ApplicationException;

/** The project cannot be submitted as it is: what is missing or wrong. Nothing changed; the draft is kept. */
@ApplicationException(rollback = true)
public class SubmissionRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is missing or wrong. */
    public enum Problem {
        TITLE_MISSING, SUMMARY_MISSING, ACCESSIBILITY_MISSING, COST_MISSING, OVER_CAP
    }

    private final Set<Problem> problems;

    public SubmissionRejected(Set<Problem> problems) {
        super("Submission rejected: " + problems);
        this.problems = Set.copyOf(problems);
    }

    public Set<Problem> problems() {
        return problems;
    }
}
