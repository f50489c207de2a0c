package pl.wiec.projects.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.residents.entity.Verification;

/**
 * Whether a person may act in a phase, and if not, why: so that the page can say what to do instead of showing a bare
 * error. The same rule runs in the boundary when they submit.
 */
public final class Eligibility {

    /** Why not, with what the person can do about it. */
    public enum Refusal {
        /** Not signed in: sign in (any account). */
        SIGN_IN,
        /** An e-mail account whose address is not confirmed: confirm it. */
        CONFIRM_EMAIL,
        /** Needs login.gov.pl at the phase's level: sign in or link with login.gov.pl. */
        VERIFY_NATIONALLY,
        /** The phase has a minimum age and the person is younger. */
        TOO_YOUNG,
        /** The phase has a minimum age and the account has no date of birth: verify with login.gov.pl. */
        AGE_UNKNOWN,
        /** Only residents of some areas may act, and the person has not said in their profile where they live. */
        DECLARE_AREA,
        /** Only residents of some areas may act, and the person lives elsewhere (by their profile). */
        OUTSIDE_AREA,
        /** The phase is not running (not started or ended). */
        PHASE_CLOSED,
        /** The proposal no longer collects supports (its days are over, or it reached its threshold). */
        SUPPORT_CLOSED
    }

    private Eligibility() {
    }

    /**
     * Whether a person may do the action in the phase today by the phase's rule for it. Submitting, voting and
     * answering also need the phase to be running; the discussion of ideas (comments, reactions) stays open after it,
     * by the rule of the idea's phase; supports have their own days (see the proposal).
     *
     * @param verification
     *            the person's verification, or null when nobody is signed in
     * @param residenceArea
     *            the area the person declared living in, or null
     */
    public static Optional<Refusal> to(Action action, Phase phase, LocalDate today, Verification verification,
            LocalDate dateOfBirth, String residenceArea) {
        if ((action == Action.SUBMIT || action == Action.VOTE || action == Action.ANSWER)
                && !phase.isRunningOn(today)) {
            return Optional.of(Refusal.PHASE_CLOSED);
        }
        ActionRule rule = phase.rule(action);
        if (verification == null) {
            return rule.requires() == Requirement.ANYONE && rule.minimumAge() == null && !rule.isAreaLimited()
                    ? Optional.empty() : Optional.of(Refusal.SIGN_IN);
        }
        Requirement required = rule.requires();
        if (!required.isMetBy(verification)) {
            return Optional
                    .of(required == Requirement.EMAIL_CONFIRMED ? Refusal.CONFIRM_EMAIL : Refusal.VERIFY_NATIONALLY);
        }
        if (rule.minimumAge() != null) {
            if (dateOfBirth == null) {
                return Optional.of(Refusal.AGE_UNKNOWN);
            }
            if (Period.between(dateOfBirth, today).getYears() < rule.minimumAge()) {
                return Optional.of(Refusal.TOO_YOUNG);
            }
        }
        if (rule.isAreaLimited()) {
            if (residenceArea == null || residenceArea.isBlank()) {
                return Optional.of(Refusal.DECLARE_AREA);
            }
            if (!rule.areas().contains(residenceArea.trim())) {
                return Optional.of(Refusal.OUTSIDE_AREA);
            }
        }
        return Optional.empty();
    }
}
