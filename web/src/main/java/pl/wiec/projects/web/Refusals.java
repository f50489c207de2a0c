package pl.wiec.projects.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.Phase;
import pl.wiec.web.Texts;

/**
 * What a person who may not act reads instead: why, and what to do, for the action they tried (e.g. "To support a
 * proposal in this phase, confirm your identity with login.gov.pl"), with the phase's minimum age and areas.
 */
@Named
@ApplicationScoped
public class Refusals {

    /** The text for the refusal of the action under the phase's rule. */
    public String text(Action action, Refusal refusal, Phase phase) {
        return of(action, refusal, phase.rule(action));
    }

    public static String of(Action action, Refusal refusal, ActionRule rule) {
        return Texts.text("eligibility." + refusal.name(), Texts.text("eligibility.action." + action.name()),
                rule.minimumAge() == null ? "" : rule.minimumAge(), String.join(", ", rule.areas()));
    }

    /** Whether the person can fix it in their profile (verify, declare the area). */
    public boolean fixedInProfile(Refusal refusal) {
        return refusal == Refusal.VERIFY_NATIONALLY || refusal == Refusal.AGE_UNKNOWN || refusal == Refusal.DECLARE_AREA
                || refusal == Refusal.CONFIRM_EMAIL;
    }
}
