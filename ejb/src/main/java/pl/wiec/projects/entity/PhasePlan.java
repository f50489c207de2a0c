package pl.wiec.projects.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A phase as staff plan it: its id if it exists already (null for a new one), title, first and last day, method key.
 */
public record PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method)
        implements Serializable {

    public boolean overlaps(PhasePlan other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
}
