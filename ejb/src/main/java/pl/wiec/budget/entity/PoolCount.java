package pl.wiec.budget.entity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import pl.wiec.platform.entity.Sha256;

/**
 * Turns the tallies of a pool's projects into its result: rank by score (ties broken by the edition's rule), then give
 * the pool's money in rank order. A project whose cost is more than what is left is skipped, and a cheaper one further
 * down may still win ({@link Filling#SKIP_UNFITTING}); or, where the rules say so, no project ranked lower wins
 * ({@link Filling#STOP_AT_UNFITTING}). A project nobody voted for wins nothing. The money given never exceeds the
 * pool's amount.
 */
public final class PoolCount {

    private PoolCount() {
    }

    public static List<PoolResult> of(BigDecimal amount, List<Candidate> candidates, Map<Long, Tally> tallies,
            TieBreak tieBreak, String lotSeed, Filling filling) {
        Comparator<Candidate> byScore = Comparator
                .comparingLong((Candidate c) -> tallies.getOrDefault(c.id(), Tally.NONE).score()).reversed();
        Comparator<Candidate> order = byScore.thenComparing(tie(tieBreak, lotSeed)).thenComparingInt(Candidate::number);
        List<Candidate> ranked = candidates.stream().sorted(order).toList();
        List<PoolResult> results = new ArrayList<>(ranked.size());
        BigDecimal left = amount;
        boolean stopped = false;
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            Tally tally = tallies.getOrDefault(candidate.id(), Tally.NONE);
            Outcome outcome;
            if (stopped || tally.score() == 0) {
                outcome = Outcome.LOST;
            } else if (candidate.cost().compareTo(left) <= 0) {
                outcome = Outcome.WON;
                left = left.subtract(candidate.cost());
            } else if (filling == Filling.SKIP_UNFITTING) {
                outcome = Outcome.DID_NOT_FIT;
            } else {
                outcome = Outcome.DID_NOT_FIT;
                stopped = true;
            }
            results.add(new PoolResult(candidate, tally, i + 1, outcome, left));
        }
        return results;
    }

    private static Comparator<Candidate> tie(TieBreak tieBreak, String lotSeed) {
        return switch (tieBreak) {
        case LOWER_COST -> Comparator.comparing(Candidate::cost);
        case EARLIER_SUBMISSION -> Comparator.comparingInt(Candidate::number);
        case LOT -> Comparator.comparing((Candidate c) -> lot(lotSeed, c.number()));
        };
    }

    /**
     * The draw: SHA-256 of the published seed and the project's number, lowest first. Anyone with the seed can repeat
     * it (e.g. {@code printf '%s:%d' SEED NUMBER | sha256sum}).
     */
    static String lot(String seed, int number) {
        return Sha256.hex((seed + ":" + number).getBytes(StandardCharsets.UTF_8));
    }
}
