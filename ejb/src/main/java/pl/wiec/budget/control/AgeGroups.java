package pl.wiec.budget.control;

import java.time.LocalDate;
import java.time.Period;

/** The age groups turnout is published by (wide enough that no group points at a person). */
public final class AgeGroups {

    public static final String UNKNOWN = "unknown";

    private AgeGroups() {
    }

    /** The group of a person born on that day (or, failing that, in that year), on the day they voted. */
    public static String of(LocalDate dateOfBirth, Integer birthYear, LocalDate on) {
        Integer age = dateOfBirth != null ? Integer.valueOf(Period.between(dateOfBirth, on).getYears())
                : birthYear != null ? Integer.valueOf(on.getYear() - birthYear) : null;
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age < 18) {
            return "0-17";
        }
        if (age < 30) {
            return "18-29";
        }
        if (age < 45) {
            return "30-44";
        }
        if (age < 60) {
            return "45-59";
        }
        return "60+";
    }
}
