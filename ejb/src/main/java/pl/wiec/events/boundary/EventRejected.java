package pl.wiec.events.boundary;

import jakarta.ejb.ApplicationException;

import pl.wiec.events.entity.EventPlan;

/** The event's description breaks a rule ({@link #problem()}); nothing was stored. */
@ApplicationException(rollback = true)
public class EventRejected extends Exception {

    private static final long serialVersionUID = 1L;
    private final EventPlan.Problem problem;

    public EventRejected(EventPlan.Problem problem) {
        super("Event rejected: " + problem);
        this.problem = problem;
    }

    public EventPlan.Problem problem() {
        return problem;
    }
}
