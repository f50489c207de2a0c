package pl.wiec.projects.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A change of a timeline that touches what has already happened, and so needs staff's confirmation: a running phase
 * ended before today, a phase that has begun moved, or removed.
 *
 * @param endsOn
 *            the new last day (for {@link Change#ENDS_BEFORE_TODAY})
 */
public record PastChange(LocalizedText title, String method, Change change, LocalDate endsOn) implements Serializable {

    /** What the change does. */
    public enum Change {
        /** A running phase is to end before today: from today nobody can act in it. */
        ENDS_BEFORE_TODAY,
        /** A phase that has begun (or ended) gets other dates: its history changes. */
        PAST_MOVED,
        /** A phase that has begun is removed from the timeline. */
        STARTED_REMOVED
    }
}
