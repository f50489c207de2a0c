package pl.wiec.projects.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.residents.entity.Verification;

/**
 * Whether a person may submit in a phase, and if not, why: so that the page can say what to do instead of showing a
 * bare error. The same rule runs in the boundary when they submit.
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
        /** The phase is not running (not started or ended). */
        PHASE_CLOSED,
        /** The proposal no longer collects supports (its days are over, or it reached its threshold). */
        SUPPORT_CLOSED
    }

    private Eligibility() {
    }

    /**
     * @param verification
     *            the person's verification, or null when nobody is signed in
     */
    public static Optional<Refusal> toSubmit(Phase phase, LocalDate today, Verification verification,
            LocalDate dateOfBirth) {
        if (!phase.isRunningOn(today)) {
            return Optional.of(Refusal.PHASE_CLOSED);
        }
        if (verification == null) {
            return Optional.of(Refusal.SIGN_IN);
        }
        Requirement required = phase.submitRequires();
        if (!required.isMetBy(verification)) {
            return Optional
                    .of(required == Requirement.EMAIL_CONFIRMED ? Refusal.CONFIRM_EMAIL : Refusal.VERIFY_NATIONALLY);
        }
        if (phase.minimumAge() != null) {
            if (dateOfBirth == null) {
                return Optional.of(Refusal.AGE_UNKNOWN);
            }
            if (Period.between(dateOfBirth, today).getYears() < phase.minimumAge()) {
                return Optional.of(Refusal.TOO_YOUNG);
            }
        }
        return Optional.empty();
    }
}
