package pl.wiec.projects.boundary;

import jakarta.ejb.ApplicationException;

import pl.wiec.projects.control.Eligibility.Refusal;

/**
 * The caller may not do this in this phase now (submit, support, vote, answer...); {@link #refusal()} says why and so
 * what to do. Every participation method throws it where the phase's rule (see
 * {@link pl.wiec.projects.control.Eligibility}) refuses.
 */
@ApplicationException(rollback = true)
public class NotAllowed extends Exception {

    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    public NotAllowed(Refusal refusal) {
        super("Not allowed: " + refusal);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
