package pl.wiec.residents.boundary;

import java.io.Serializable;
import java.time.Year;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import pl.wiec.residents.entity.Gender;

/**
 * What a resident may tell about themselves, every field optional, and their consents. Without the demographics consent
 * the demographic answers are not kept.
 */
public record ResidentProfileDetails(@Min(1900) @Max(2100) Integer birthYear, @Size(max = 100) String residenceArea,
        Gender gender, boolean demographicsConsent, boolean emailNotificationsConsent) implements Serializable {

    public boolean birthYearPlausible() {
        return birthYear == null || birthYear <= Year.now().getValue();
    }
}
