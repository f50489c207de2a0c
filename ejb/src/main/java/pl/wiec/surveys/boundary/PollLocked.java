package pl.wiec.surveys.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The poll has responses, so a question can no longer be removed, nor change its kind, options or rules (its texts can
 * still be corrected): the answers given would no longer mean what they meant.
 */
@ApplicationException(rollback = true)
public class PollLocked extends Exception {

    private static final long serialVersionUID = 1L;

    private final long responses;

    public PollLocked(long responses) {
        super("The poll has " + responses + " responses");
        this.responses = responses;
    }

    public long responses() {
        return responses;
    }
}
