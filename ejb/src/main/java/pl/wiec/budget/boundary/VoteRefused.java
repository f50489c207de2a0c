package pl.wiec.budget.boundary;

import jakarta.ejb.ApplicationException;

import pl.wiec.projects.control.Eligibility.Refusal;

/** The caller may not vote now, and why (sign in, verify, too young, the vote is closed...). */
@ApplicationException(rollback = true)
public class VoteRefused extends Exception {

    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    public VoteRefused(Refusal refusal) {
        super("Vote refused: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
