package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Outcome;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.Turnout.Dimension;

/**
 * The result of an edition: per pool, every project on the ballot in rank order with its score and outcome; the ballots
 * counted, the invalid ones by reason, and the voters by channel, area and age group. {@code publishedAt} is null for
 * staff's preview of a count not yet published.
 */
public record EditionCount(long editionId, Instant publishedAt, List<PoolLines> pools, long countedBallots,
        Map<String, Long> invalidBallots, Map<Dimension, Map<String, Long>> turnout) implements Serializable {

    /** A pool's result: what was spent of its amount and the lines in rank order. */
    public record PoolLines(PoolPlan pool, String areaName, BigDecimal spent, List<Line> lines)
            implements Serializable {
    }

    /** A project's line. */
    public record Line(BudgetProject project, long score, long voters, int rank, Outcome outcome)
            implements Serializable {

        public boolean won() {
            return outcome == Outcome.WON;
        }
    }

    public long voters() {
        return turnout.getOrDefault(Dimension.CHANNEL, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long invalid() {
        return invalidBallots.values().stream().mapToLong(Long::longValue).sum();
    }
}
