package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pl.wiec.budget.boundary.BallotPaper.PoolOnBallot;
import pl.wiec.budget.entity.BallotProblem;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.web.Texts;

/**
 * What the person chose in one pool, as the form sent it: plain inputs named {@code pool-ID} (radio buttons or
 * checkboxes) or, for ranked voting, {@code pool-ID-place-N} (one select per place), so that each option can carry its
 * project's number, title, cost and summary as its label and description.
 */
public class PoolChoice implements Serializable {
    private static final long serialVersionUID = 1L;
    final PoolOnBallot pool;
    List<String> sent = new ArrayList<>();
    BallotProblem problem;

    PoolChoice(PoolOnBallot pool) {
        this.pool = pool;
    }

    void readFrom(Map<String, String[]> parameters) {
        sent = new ArrayList<>();
        long id = pool.pool().id();
        if (pool.pool().method() == VotingMethod.RANKED) {
            for (int place = 1; place <= pool.pool().maxChoices(); place++) {
                String[] value = parameters.get("pool-" + id + "-place-" + place);
                sent.add(value == null || value.length == 0 ? "" : value[0]);
            }
        } else {
            String[] values = parameters.get("pool-" + id);
            if (values != null) {
                sent.addAll(List.of(values));
            }
        }
    }

    List<Long> chosen() {
        return sent.stream().filter(value -> value != null && !value.isBlank()).map(PoolChoice::idOf).toList();
    }

    private static Long idOf(String id) {
        try {
            return Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public boolean isNoneChosen() {
        return chosen().isEmpty();
    }

    public PoolOnBallot getPool() {
        return pool;
    }

    public boolean isChecked(BudgetProject project) {
        return sent.contains(String.valueOf(project.id()));
    }

    /** Whether the project was put at the place (1 = first). */
    public boolean isAt(int place, BudgetProject project) {
        return sent.size() >= place && String.valueOf(project.id()).equals(sent.get(place - 1));
    }

    public List<Integer> getPlaces() {
        return java.util.stream.IntStream.rangeClosed(1, pool.pool().maxChoices()).boxed().toList();
    }

    public int pointsAt(int place) {
        return pool.pool().points().get(place - 1);
    }

    public BallotProblem getProblem() {
        return problem;
    }

    public String getRule() {
        var plan = pool.pool();
        return switch (plan.method()) {
        case ONE_VOTE -> Texts.text("ballot.rule.ONE_VOTE");
        case APPROVAL -> plan.minChoices() == plan.maxChoices()
                ? Texts.text("ballot.rule.APPROVAL.exactly", plan.maxChoices())
                : Texts.text("ballot.rule.APPROVAL", plan.minChoices(), plan.maxChoices());
        case RANKED -> Texts.text("ballot.rule.RANKED", plan.maxChoices(), String.join(", ",
                getPlaces().stream().map(place -> Texts.text("ballot.place", place, pointsAt(place))).toList()));
        case ALLOCATION -> Texts.text("ballot.rule.ALLOCATION", Money.format(plan.amount()));
        };
    }
}
