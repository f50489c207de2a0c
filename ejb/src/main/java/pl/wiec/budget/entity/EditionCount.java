package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import pl.wiec.budget.entity.Turnout.Dimension;

/**
 * The result of an edition: per pool, every project on the ballot in rank order with its score and outcome; the ballots
 * counted, the invalid ones by reason, and the voters by channel, area and age group. {@code publication} says which
 * published version it is; it is null for staff's preview, an unofficial count of the edition as it stands.
 */
public record EditionCount(long editionId, Publication publication, List<PoolLines> pools, long countedBallots,
        Map<String, Long> invalidBallots, Map<Dimension, Map<String, Long>> turnout) implements Serializable {

    /**
     * A pool's result: what was spent of its amount, the lines in rank order, and the counted cards whose marks in this
     * pool do not count (where the rules void only a defective pool).
     */
    public record PoolLines(PoolPlan pool, String areaName, BigDecimal spent, List<Line> lines, long voided)
            implements Serializable {

        public BigDecimal left() {
            return pool.amount().subtract(spent);
        }
    }

    /** A project's line: the project as counted (id, number, cost) and its title. */
    public record Line(Candidate project, String title, long score, long voters, int rank, Outcome outcome)
            implements Serializable {

        public boolean won() {
            return outcome == Outcome.WON;
        }
    }

    public boolean isOfficial() {
        return publication != null;
    }

    public Instant publishedAt() {
        return publication == null ? null : publication.publishedAt();
    }

    public long voters() {
        return turnout.getOrDefault(Dimension.CHANNEL, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long invalid() {
        return invalidBallots.values().stream().mapToLong(Long::longValue).sum();
    }
}
