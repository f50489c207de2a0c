package pl.wiec.events.boundary;

import jakarta.ejb.ApplicationException;

/** Registration for this event is not open (not published, without registration, or already started). */
@ApplicationException(rollback = true)
public class RegistrationClosed extends Exception {

    private static final long serialVersionUID = 1L;

    public RegistrationClosed() {
        super("Registration closed");
    }
}
