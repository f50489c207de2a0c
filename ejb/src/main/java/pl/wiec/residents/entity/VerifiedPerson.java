package pl.wiec.residents.entity;

import java.time.LocalDate;

/**
 * A person as login.gov.pl vouched for them. Holds a PESEL: never logged ({@link #toString()} shows the level only).
 */
public record VerifiedPerson(Pesel pesel, String firstName, String familyName, LocalDate dateOfBirth,
        LevelOfAssurance level) {

    @Override
    public String toString() {
        return "VerifiedPerson[level=" + level + "]";
    }
}
