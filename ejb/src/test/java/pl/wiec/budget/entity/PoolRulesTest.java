package pl.wiec.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import pl.wiec.projects.entity.LocalizedText;

/** What a ballot may choose in a pool, per voting method, and how each choice scores. */
class PoolRulesTest {

    private static final Map<Long, BigDecimal> COSTS = Map.of(1L, BigDecimal.valueOf(60_000), 2L,
            BigDecimal.valueOf(50_000), 3L, BigDecimal.valueOf(30_000), 4L, BigDecimal.valueOf(10_000));

    private static PoolRules rules(VotingMethod method, int min, int max, List<Integer> points) {
        return rulesOf(new PoolPlan(null, LocalizedText.polish("Pula"), BigDecimal.valueOf(100_000), null, null, method,
                min, max, points));
    }

    private static PoolRules rulesOf(PoolPlan plan) {
        return new PoolRules(7L, plan.amount(), plan.method(), plan.minChoices(), plan.maxChoices(), plan.points());
    }

    @Test
    void oneVoteMeansOneProjectOrNone() {
        PoolRules one = rules(VotingMethod.ONE_VOTE, 0, 5, List.of());
        assertEquals(Optional.empty(), one.check(List.of(), COSTS), "abstaining from a pool is fine");
        assertEquals(Optional.empty(), one.check(List.of(2L), COSTS));
        assertEquals(Optional.of(BallotProblem.TOO_MANY), one.check(List.of(1L, 2L), COSTS));
        assertEquals(Optional.of(BallotProblem.NOT_ON_BALLOT), one.check(List.of(99L), COSTS));
    }

    @Test
    void approvalNeedsBetweenItsFewestAndMostProjects() {
        PoolRules approval = rules(VotingMethod.APPROVAL, 2, 3, List.of());
        assertEquals(Optional.of(BallotProblem.TOO_FEW), approval.check(List.of(1L), COSTS));
        assertEquals(Optional.empty(), approval.check(List.of(1L, 2L, 3L), COSTS));
        assertEquals(Optional.of(BallotProblem.TOO_MANY), approval.check(List.of(1L, 2L, 3L, 4L), COSTS));
        assertEquals(Optional.of(BallotProblem.REPEATED), approval.check(List.of(1L, 1L), COSTS));
    }

    @Test
    void rankedVotingScoresThreeTwoOneInOrderOfPreference() {
        PoolRules ranked = rules(VotingMethod.RANKED, 1, 99, List.of(3, 2, 1));
        assertEquals(3, ranked.maxChoices(), "as many places as point values");
        assertEquals(List.of(3, 2, 1), List.of(ranked.pointsFor(0), ranked.pointsFor(1), ranked.pointsFor(2)));
        assertEquals(Optional.of(BallotProblem.TOO_MANY), ranked.check(List.of(1L, 2L, 3L, 4L), COSTS));
        assertThrows(IllegalArgumentException.class, () -> rules(VotingMethod.RANKED, 1, 3, List.of(1, 2, 3)),
                "points go down from the first place");
    }

    @Test
    void allocationKeepsTheChosenProjectsWithinThePoolsAmount() {
        PoolRules allocation = rules(VotingMethod.ALLOCATION, 1, 1, List.of());
        assertEquals(Optional.empty(), allocation.check(List.of(1L, 3L, 4L), COSTS), "100,000 zł exactly");
        assertEquals(Optional.of(BallotProblem.OVER_BUDGET), allocation.check(List.of(1L, 2L), COSTS));
    }

    @Test
    void aCostCapAboveThePoolOrZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PoolPlan(null, LocalizedText.polish("Pula"),
                BigDecimal.valueOf(100), BigDecimal.valueOf(101), null, VotingMethod.ONE_VOTE, 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new PoolPlan(null, LocalizedText.polish("Pula"),
                BigDecimal.ZERO, null, null, VotingMethod.ONE_VOTE, 1, 1, null));
        assertEquals(List.of(3, 2, 1), PoolPlan.points(" 3, 2 ,1 "));
    }
}
