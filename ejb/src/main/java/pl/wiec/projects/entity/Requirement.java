package pl.wiec.projects.entity;

import pl.wiec.residents.entity.Verification;

/** How far a resident's identity must be verified to act in a phase, weakest first. */
public enum Requirement {
    /**
     * Anyone, signed in or not: only for answering questions (a survey staff open to all), and only without a minimum
     * age or areas, which nobody anonymous can show.
     */
    ANYONE(null), SIGNED_IN(Verification.EMAIL_UNCONFIRMED), EMAIL_CONFIRMED(Verification.EMAIL_CONFIRMED),
    NATIONAL_LOW(Verification.NATIONAL_LOW), NATIONAL_SUBSTANTIAL(Verification.NATIONAL_SUBSTANTIAL),
    NATIONAL_HIGH(Verification.NATIONAL_HIGH);

    private final Verification minimum;

    Requirement(Verification minimum) {
        this.minimum = minimum;
    }

    public boolean isMetBy(Verification verification) {
        return minimum == null || verification != null && verification.compareTo(minimum) >= 0;
    }

    /** Whether an action's rule may require this: anyone only answers questions. */
    public boolean allowedFor(Action action) {
        return this != ANYONE || action == Action.ANSWER;
    }
}
