package pl.wiec.ideas.boundary;

import jakarta.ejb.ApplicationException;

import pl.wiec.projects.control.Eligibility.Refusal;

/** The caller may not do this in this phase now; {@link #refusal()} says why and so what to do. */
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
