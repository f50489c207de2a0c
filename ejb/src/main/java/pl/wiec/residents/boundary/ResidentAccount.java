package pl.wiec.residents.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import pl.wiec.residents.entity.ConsentKind;
import pl.wiec.residents.entity.Gender;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Resident;
import pl.wiec.residents.entity.Verification;

/** A resident's own account as their profile page shows it. */
public record ResidentAccount(long id, String firstName, String familyName, String email, Instant emailConfirmedAt,
        Verification verification, LevelOfAssurance nationalLevel, Instant nationalAt, LocalDate dateOfBirth,
        Instant createdAt, Instant privacyNoticeAt, Integer birthYear, String residenceArea, Gender gender,
        Map<ConsentKind, Instant> consentsGiven, boolean hasPassword) implements Serializable {

    static ResidentAccount of(Resident resident) {
        Map<ConsentKind, Instant> consents = new TreeMap<>();
        resident.consents().stream().filter(consent -> consent.isGiven())
                .forEach(consent -> consents.put(consent.kind(), consent.givenAt()));
        return new ResidentAccount(resident.id(), resident.firstName(), resident.familyName(), resident.email(),
                resident.emailConfirmedAt(), resident.verification(), resident.nationalLevel(), resident.nationalAt(),
                resident.dateOfBirth(), resident.createdAt(), resident.privacyNoticeAt(), resident.birthYear(),
                resident.residenceArea(), resident.gender(), consents, resident.passwordHash() != null);
    }

    public boolean hasNationalIdentity() {
        return nationalLevel != null;
    }

    public boolean hasConsented(ConsentKind kind) {
        return consentsGiven.containsKey(kind);
    }

    @Override
    public String toString() {
        return "ResidentAccount[" + id + ", " + verification + "]";
    }
}
