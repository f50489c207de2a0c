package pl.wiec.budget.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.entity.Turnout.Dimension;

/**
 * The tables of a count (WEB-INF/includes/budget-result.xhtml), for the public result and staff's preview alike: each
 * pool's lines as a table, which is the data, with a bar beside each score, a picture of the same hidden from screen
 * readers; turnout by channel, area and age group; invalid ballots by reason.
 */
@Named("resultTables")
@ApplicationScoped
public class ResultTables {

    /** The bar's width: the line's score as a share of the pool's best, in per cent. */
    public long barWidth(PoolLines pool, Line line) {
        long best = pool.lines().stream().mapToLong(Line::score).max().orElse(0);
        return best == 0 ? 0 : Math.round(100.0 * line.score() / best);
    }

    public List<Map.Entry<String, Long>> turnout(EditionCount count, String dimension) {
        return List.copyOf(count.turnout().getOrDefault(Dimension.valueOf(dimension), Map.of()).entrySet());
    }

    /** The bucket's share of the dimension's voters, in per cent (one decimal), for the column and its bar. */
    public double share(EditionCount count, String dimension, long voters) {
        long all = count.turnout().getOrDefault(Dimension.valueOf(dimension), Map.of()).values().stream()
                .mapToLong(Long::longValue).sum();
        return all == 0 ? 0 : Math.round(1000.0 * voters / all) / 10.0;
    }

    public List<Map.Entry<String, Long>> invalid(EditionCount count) {
        return List.copyOf(count.invalidBallots().entrySet());
    }
}
