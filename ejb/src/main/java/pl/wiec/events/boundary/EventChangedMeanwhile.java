package pl.wiec.events.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else saved the event since it was loaded; nothing was stored. */
@ApplicationException(rollback = true)
public class EventChangedMeanwhile extends Exception {

    private static final long serialVersionUID = 1L;

    public EventChangedMeanwhile() {
        super("Event changed meanwhile");
    }
}
