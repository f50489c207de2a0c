package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How choices in one pool are checked and scored; the same rules on the ballot page, in the boundary and in counts. */
public record PoolRules(Long poolId, BigDecimal amount, VotingMethod method, int minChoices, int maxChoices,
        List<Integer> points) implements Serializable {

    /**
     * What is wrong with choosing these projects (in order of preference) in the pool, if anything; none chosen is
     * abstaining from the pool, which is always fine.
     *
     * @param costs
     *            the cost of every project on the pool's ballot
     */
    public Optional<BallotProblem> check(List<Long> chosen, Map<Long, BigDecimal> costs) {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> distinct = new HashSet<>(chosen);
        if (distinct.size() < chosen.size()) {
            return Optional.of(BallotProblem.REPEATED);
        }
        if (!costs.keySet().containsAll(distinct)) {
            return Optional.of(BallotProblem.NOT_ON_BALLOT);
        }
        if (chosen.size() > maxChoices) {
            return Optional.of(BallotProblem.TOO_MANY);
        }
        if (chosen.size() < minChoices) {
            return Optional.of(BallotProblem.TOO_FEW);
        }
        if (method == VotingMethod.ALLOCATION
                && chosen.stream().map(costs::get).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(amount) > 0) {
            return Optional.of(BallotProblem.OVER_BUDGET);
        }
        return Optional.empty();
    }

    /** The points a project chosen at this place (0 = first) scores. */
    public int pointsFor(int place) {
        return method == VotingMethod.RANKED ? points.get(place) : 1;
    }
}
