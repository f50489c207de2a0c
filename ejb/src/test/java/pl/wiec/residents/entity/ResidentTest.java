package pl.wiec.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResidentTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static VerifiedPerson zofia(LevelOfAssurance level) {
        return new VerifiedPerson(Pesel.of("87022212345"), "Zofia", "Wiśniewska-Żak", LocalDate.of(1987, 2, 22), level);
    }

    @Test
    void verificationGrowsFromAnUnconfirmedAddressToTheNationalLevelReached() {
        Resident resident = Resident.withEmail("Ala", "Nowak", "ala@example.org", "hash", NOW);
        assertEquals(Verification.EMAIL_UNCONFIRMED, resident.verification());
        resident.confirmEmail(NOW);
        assertEquals(Verification.EMAIL_CONFIRMED, resident.verification());
        resident.verifyNationally(zofia(LevelOfAssurance.HIGH), "key", NOW);
        assertEquals(Verification.NATIONAL_HIGH, resident.verification());
        assertEquals("Zofia", resident.firstName(), "names as login.gov.pl sent them");
    }

    @Test
    void anAccountKeepsTheNationalIdentityItWasLinkedTo() {
        Resident resident = Resident.withNationalIdentity(zofia(LevelOfAssurance.SUBSTANTIAL), "key-1", NOW);
        assertThrows(IllegalStateException.class,
                () -> resident.verifyNationally(zofia(LevelOfAssurance.SUBSTANTIAL), "key-2", NOW));
    }

    @Test
    void consentsKeepTheirDatesAndAWithdrawalIsRecorded() {
        Resident resident = Resident.withEmail("Ala", "Nowak", "ala@example.org", "hash", NOW);
        resident.consent(ConsentKind.DEMOGRAPHICS, true, NOW);
        resident.consent(ConsentKind.DEMOGRAPHICS, true, NOW.plusSeconds(60));
        assertEquals(NOW, resident.consents().get(0).givenAt(), "giving it again keeps the first date");
        resident.consent(ConsentKind.DEMOGRAPHICS, false, NOW.plusSeconds(120));
        assertFalse(resident.hasConsented(ConsentKind.DEMOGRAPHICS));
        assertEquals(NOW.plusSeconds(120), resident.consents().get(0).withdrawnAt());
        resident.consent(ConsentKind.EMAIL_NOTIFICATIONS, false, NOW);
        assertEquals(1, resident.consents().size(), "refusing what was never given records nothing");
    }

    @Test
    void anonymisingLeavesNothingThatTellsWhoThePersonWas() {
        Resident resident = Resident.withEmail("Ala", "Nowak", "ala@example.org", "hash", NOW);
        resident.verifyNationally(zofia(LevelOfAssurance.SUBSTANTIAL), "key", NOW);
        resident.describe(1987, Gender.FEMALE);
        resident.declareResidence("Lipowiec");
        resident.consent(ConsentKind.DEMOGRAPHICS, true, NOW);
        resident.anonymise(NOW);
        assertTrue(resident.isDeleted());
        assertEquals("", resident.firstName());
        assertEquals("", resident.familyName());
        assertNull(resident.email());
        assertNull(resident.passwordHash());
        assertFalse(resident.hasNationalIdentity());
        assertNull(resident.dateOfBirth());
        assertNull(resident.birthYear());
        assertNull(resident.residenceArea());
        assertNull(resident.gender());
        assertTrue(resident.consents().isEmpty());
    }

    @Test
    void principalNamesAreReadBackOnlyWhenTheyAreResidents() {
        assertEquals(Optional.of(42L), Resident.idOf("resident:42"));
        assertEquals(Optional.empty(), Resident.idOf("anowak"));
        assertEquals(Optional.empty(), Resident.idOf("resident:abc"));
        assertEquals(Optional.empty(), Resident.idOf(null));
    }

    @Test
    void aVerifiedPersonNeverShowsItsPeselInLogs() {
        assertFalse(zofia(LevelOfAssurance.HIGH).toString().contains("87022212345"));
    }
}
