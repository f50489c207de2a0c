package pl.wiec.surveys.boundary;

import jakarta.ejb.ApplicationException;

/** The person has answered this poll already (a double click, another device): the first response stays. */
@ApplicationException(rollback = true)
public class AlreadyAnswered extends Exception {

    private static final long serialVersionUID = 1L;

    public AlreadyAnswered() {
        super("Already answered");
    }
}
