package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.ActionRule;

/**
 * What the ballot page shows a person: each pool with its rules and the projects on its ballot, whether they may vote
 * in it (an area's pool is for its residents), when the vote runs, why they may not vote (if so) and, once they have
 * voted, their receipt. {@code asksAddress}: the voter gives their address, by which paper cards are matched.
 */
public record BallotPaper(long editionId, LocalDate votingFrom, LocalDate votingUntil, ActionRule rule,
        List<PoolOnBallot> pools, boolean online, boolean asksAddress, Refusal refusal, String receipt)
        implements Serializable {

    /** A pool on the ballot: its plan, its area's name (null for the whole gmina), its projects, and whether I vote. */
    public record PoolOnBallot(PoolPlan pool, String areaName, List<BudgetProject> projects, boolean mine)
            implements Serializable {
    }

    public Optional<Refusal> whyNot() {
        return Optional.ofNullable(refusal);
    }

    /** The same paper once its person has voted, under that receipt. */
    public BallotPaper voted(String receiptCode) {
        return new BallotPaper(editionId, votingFrom, votingUntil, rule, pools, online, asksAddress, refusal,
                receiptCode);
    }

    public boolean hasVoted() {
        return receipt != null;
    }

}
