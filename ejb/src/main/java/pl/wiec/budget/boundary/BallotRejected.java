package pl.wiec.budget.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

import pl.wiec.budget.entity.BallotProblem;

/** The choices break a pool's rules: what is wrong, per pool id (0 for the ballot as a whole). Nothing was stored. */
@ApplicationException(rollback = true)
public class BallotRejected extends Exception {

    private static final long serialVersionUID = 1L;
    private final Map<Long, BallotProblem> problems;

    public BallotRejected(Map<Long, BallotProblem> problems) {
        super("Ballot rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, BallotProblem> problems() {
        return problems;
    }
}
