package pl.wiec.projects.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A phase as staff plan it: its id if it exists already (null for a new one), title, first and last day, method key,
 * who may submit in it (verification required, minimum age or null) and, for proposals, the supports a proposal needs
 * and the days it has to collect them.
 */
public record PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
        Requirement submitRequires, Integer minimumAge, Integer supportThreshold, Integer supportDays)
        implements Serializable {

    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method) {
        this(id, title, startsOn, endsOn, method, Requirement.SIGNED_IN, null);
    }

    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
            Requirement submitRequires, Integer minimumAge) {
        this(id, title, startsOn, endsOn, method, submitRequires, minimumAge, null, null);
    }

    public boolean overlaps(PhasePlan other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
}
