package pl.wiec.projects.entity;

import pl.wiec.residents.entity.Verification;

/** How far a resident's identity must be verified to act in a phase, weakest first. */
public enum Requirement {
    SIGNED_IN(Verification.EMAIL_UNCONFIRMED), EMAIL_CONFIRMED(Verification.EMAIL_CONFIRMED),
    NATIONAL_LOW(Verification.NATIONAL_LOW), NATIONAL_SUBSTANTIAL(Verification.NATIONAL_SUBSTANTIAL),
    NATIONAL_HIGH(Verification.NATIONAL_HIGH);

    private final Verification minimum;

    Requirement(Verification minimum) {
        this.minimum = minimum;
    }

    public boolean isMetBy(Verification verification) {
        return verification.compareTo(minimum) >= 0;
    }
}
