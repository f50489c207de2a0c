package pl.wiec.events.boundary;

import java.io.Serializable;

import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.RegistrationStatus;

/**
 * An event as a page shows it: the event, its confirmed registrations and waiting list, and the caller's own
 * registration (null when none, or not a resident).
 */
public record EventView(CivicEvent event, long confirmed, long waiting, RegistrationStatus mine)
        implements Serializable {

    /** Seats left, or null when the event has no limit. */
    public Long seatsLeft() {
        return event.capacity() == null ? null : Math.max(0, event.capacity() - confirmed);
    }

    public boolean isFull() {
        return event.capacity() != null && confirmed >= event.capacity();
    }
}
