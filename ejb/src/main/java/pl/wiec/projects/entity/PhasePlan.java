package pl.wiec.projects.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A phase as staff plan it: its id if it exists already (null for a new one), title, first and last day, method key,
 * who may do what in it (a rule per {@link Action}; a missing one means anyone signed in), whether ideas can also be
 * disliked, and, for proposals, the supports a proposal needs and the days it has to collect them.
 */
public record PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
        Map<Action, ActionRule> rules, boolean dislikes, Integer supportThreshold, Integer supportDays)
        implements Serializable {

    public PhasePlan {
        EnumMap<Action, ActionRule> complete = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            ActionRule rule = rules == null ? null : rules.get(action);
            complete.put(action, rule == null ? ActionRule.anyoneSignedIn() : rule);
        }
        rules = java.util.Collections.unmodifiableMap(complete);
    }

    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method) {
        this(id, title, startsOn, endsOn, method, Requirement.SIGNED_IN, null);
    }

    /** A phase where submitting and supporting follow one rule, and anyone signed in comments and reacts. */
    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
            Requirement submitRequires, Integer minimumAge) {
        this(id, title, startsOn, endsOn, method, submitRequires, minimumAge, null, null);
    }

    /** A phase where submitting and supporting follow one rule, and anyone signed in comments and reacts. */
    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
            Requirement submitRequires, Integer minimumAge, Integer supportThreshold, Integer supportDays) {
        this(id, title, startsOn, endsOn, method,
                Map.of(Action.SUBMIT, new ActionRule(submitRequires, minimumAge, null), Action.SUPPORT,
                        new ActionRule(submitRequires, minimumAge, null)),
                false, supportThreshold, supportDays);
    }

    public ActionRule rule(Action action) {
        return rules.get(action);
    }

    /** The same plan with another rule for one action. */
    public PhasePlan withRule(Action action, ActionRule rule) {
        Map<Action, ActionRule> changed = new EnumMap<>(rules);
        changed.put(action, rule);
        return new PhasePlan(id, title, startsOn, endsOn, method, changed, dislikes, supportThreshold, supportDays);
    }

    public boolean overlaps(PhasePlan other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
}
