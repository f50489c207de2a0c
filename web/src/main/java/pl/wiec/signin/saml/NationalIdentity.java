package pl.wiec.signin.saml;

import java.time.Instant;
import java.time.LocalDate;

import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Pesel;

/**
 * A person as login.gov.pl vouched for them in one verified assertion. Holds a PESEL, so it is never logged: its
 * {@link #toString()} shows the level of assurance only.
 *
 * @param assertionId
 *            for the replay cache, single use until {@code validUntil}
 */
public record NationalIdentity(String nameId, String sessionIndex, String assertionId, Instant validUntil,
        LevelOfAssurance level, String firstName, String familyName, LocalDate dateOfBirth, Pesel pesel) {

    @Override
    public String toString() {
        return "NationalIdentity[level=" + level + "]";
    }
}
