package pl.wiec.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Ranking and budget filling of a pool, by examples from real rules and by properties over random pools. */
class PoolCountTest {

    private static Candidate project(long id, int number, long cost) {
        return new Candidate(id, number, BigDecimal.valueOf(cost));
    }

    private static List<Outcome> outcomes(List<PoolResult> results) {
        return results.stream().map(PoolResult::outcome).toList();
    }

    @Test
    void aProjectThatNoLongerFitsIsSkippedAndACheaperOneFurtherDownStillWins() {
        // Wasilków's town pool: 240,000 zł; the third project would overspend it, the fourth fits.
        List<Candidate> candidates = List.of(project(1, 1, 100_000), project(2, 2, 90_000), project(3, 3, 80_000),
                project(4, 4, 30_000));
        Map<Long, Tally> tallies = Map.of(1L, new Tally(50, 50), 2L, new Tally(40, 40), 3L, new Tally(30, 30), 4L,
                new Tally(20, 20));
        List<PoolResult> skip = PoolCount.of(BigDecimal.valueOf(240_000), candidates, tallies, TieBreak.LOWER_COST,
                null, Filling.SKIP_UNFITTING);
        assertEquals(List.of(Outcome.WON, Outcome.WON, Outcome.DID_NOT_FIT, Outcome.WON), outcomes(skip));
        assertEquals(0, skip.get(3).leftAfter().compareTo(BigDecimal.valueOf(20_000)));

        List<PoolResult> stop = PoolCount.of(BigDecimal.valueOf(240_000), candidates, tallies, TieBreak.LOWER_COST,
                null, Filling.STOP_AT_UNFITTING);
        assertEquals(List.of(Outcome.WON, Outcome.WON, Outcome.DID_NOT_FIT, Outcome.LOST), outcomes(stop));
    }

    @Test
    void aProjectNobodyVotedForWinsNothingEvenWhenMoneyIsLeft() {
        List<PoolResult> results = PoolCount.of(BigDecimal.valueOf(100), List.of(project(1, 1, 10), project(2, 2, 10)),
                Map.of(1L, new Tally(3, 3)), TieBreak.LOWER_COST, null, Filling.SKIP_UNFITTING);
        assertEquals(List.of(Outcome.WON, Outcome.LOST), outcomes(results));
    }

    @Test
    void tiesGoToTheCheaperOrTheEarlierProjectAsTheRulesSay() {
        List<Candidate> candidates = List.of(project(1, 1, 60), project(2, 2, 50));
        Map<Long, Tally> tie = Map.of(1L, new Tally(7, 7), 2L, new Tally(7, 7));
        List<PoolResult> cheaper = PoolCount.of(BigDecimal.valueOf(60), candidates, tie, TieBreak.LOWER_COST, null,
                Filling.SKIP_UNFITTING);
        assertEquals(2L, cheaper.get(0).candidate().id());
        assertEquals(List.of(Outcome.WON, Outcome.DID_NOT_FIT), outcomes(cheaper));
        List<PoolResult> earlier = PoolCount.of(BigDecimal.valueOf(60), candidates, tie, TieBreak.EARLIER_SUBMISSION,
                null, Filling.SKIP_UNFITTING);
        assertEquals(1L, earlier.get(0).candidate().id());
    }

    @Test
    void aDrawByLotIsTheSameForEveryoneWithTheSeedAndChangesWithIt() {
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, Tally> tallies = new HashMap<>();
        for (int i = 1; i <= 20; i++) {
            candidates.add(project(i, i, 10));
            tallies.put((long) i, new Tally(5, 5));
        }
        List<Long> first = ids(PoolCount.of(BigDecimal.valueOf(50), candidates, tallies, TieBreak.LOT, "sesja 12.06",
                Filling.SKIP_UNFITTING));
        Collections.shuffle(candidates, new Random(1));
        assertEquals(first, ids(PoolCount.of(BigDecimal.valueOf(50), candidates, tallies, TieBreak.LOT, "sesja 12.06",
                Filling.SKIP_UNFITTING)), "the input order does not matter");
        assertNotEquals(first, ids(PoolCount.of(BigDecimal.valueOf(50), candidates, tallies, TieBreak.LOT, "inny los",
                Filling.SKIP_UNFITTING)));
        // Anyone repeats the draw: the lowest SHA-256 of "seed:number" comes first.
        assertEquals(PoolCount.lot("sesja 12.06", first.get(0).intValue()), candidates.stream()
                .map(c -> PoolCount.lot("sesja 12.06", c.number())).sorted().findFirst().orElseThrow());
    }

    @Test
    void everyRandomPoolIsFilledWithinItsAmountInRankOrder() {
        Random random = new Random(20261127);
        for (int round = 0; round < 2_000; round++) {
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(500_000));
            int size = random.nextInt(30);
            List<Candidate> candidates = new ArrayList<>();
            Map<Long, Tally> tallies = new HashMap<>();
            for (int i = 1; i <= size; i++) {
                candidates.add(project(i, i, 1 + random.nextInt(200_000)));
                if (random.nextInt(5) > 0) {
                    long votes = random.nextInt(6);
                    tallies.put((long) i, new Tally(votes, votes));
                }
            }
            TieBreak tieBreak = TieBreak.values()[random.nextInt(TieBreak.values().length)];
            Filling filling = Filling.values()[random.nextInt(Filling.values().length)];
            List<PoolResult> results = PoolCount.of(amount, candidates, tallies, tieBreak, "seed" + round, filling);

            assertEquals(size, results.size(), "every project has a line");
            BigDecimal left = amount;
            boolean stopped = false;
            for (int i = 0; i < results.size(); i++) {
                PoolResult line = results.get(i);
                assertEquals(i + 1, line.rank());
                if (i > 0) {
                    assertTrue(results.get(i - 1).tally().score() >= line.tally().score(), "ranked by score");
                }
                boolean fits = line.candidate().cost().compareTo(left) <= 0;
                if (line.tally().score() == 0 || stopped) {
                    assertEquals(Outcome.LOST, line.outcome());
                } else if (fits) {
                    assertEquals(Outcome.WON, line.outcome(), "a voted project that fits wins");
                    left = left.subtract(line.candidate().cost());
                } else {
                    assertEquals(Outcome.DID_NOT_FIT, line.outcome());
                    stopped = filling == Filling.STOP_AT_UNFITTING;
                }
                assertTrue(left.signum() >= 0, "the pool is never over-allocated");
            }
            Collections.shuffle(candidates, random);
            assertEquals(ids(results),
                    ids(PoolCount.of(amount, candidates, tallies, tieBreak, "seed" + round, filling)),
                    "the result does not depend on the order projects were read in");
        }
    }

    private static List<Long> ids(List<PoolResult> results) {
        return results.stream().map(line -> line.candidate().id()).toList();
    }
}
