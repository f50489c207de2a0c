package pl.wiec.budget.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

import pl.wiec.budget.entity.BallotProblem;

/**
 * The choices break a pool's rules: what is wrong, per pool id ({@link #WHOLE} for the ballot as a whole,
 * {@link #ADDRESS} for the address). Nothing was stored.
 */
@ApplicationException(rollback = true)
public class BallotRejected extends Exception {

    private static final long serialVersionUID = 1L;
    /** The key of a problem with the ballot as a whole. */
    public static final long WHOLE = 0L;
    /** The key of a problem with the voter's address. */
    public static final long ADDRESS = -1L;
    private final Map<Long, BallotProblem> problems;

    public BallotRejected(Map<Long, BallotProblem> problems) {
        super("Ballot rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, BallotProblem> problems() {
        return problems;
    }
}
