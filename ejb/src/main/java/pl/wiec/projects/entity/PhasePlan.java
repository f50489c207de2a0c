package pl.wiec.projects.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A phase as staff plan it: its id if it exists already (null for a new one), title, first and last day, method key,
 * and who may submit in it (verification required, minimum age or null).
 */
public record PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method,
        Requirement submitRequires, Integer minimumAge) implements Serializable {

    public PhasePlan(Long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, String method) {
        this(id, title, startsOn, endsOn, method, Requirement.SIGNED_IN, null);
    }

    public boolean overlaps(PhasePlan other) {
        return !endsOn.isBefore(other.startsOn) && !other.endsOn.isBefore(startsOn);
    }
}
