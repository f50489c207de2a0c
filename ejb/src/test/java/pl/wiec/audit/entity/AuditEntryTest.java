package pl.wiec.audit.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    @Test
    void everyEntryNamesWhoActed() {
        StaffAction action = new StaffAction("municipality.profile.revised", "municipality", "name: \"a\" → \"b\"");
        assertThrows(IllegalArgumentException.class, () -> new AuditEntry(Instant.now(), " ", action));
        assertEquals("anowak", new AuditEntry(Instant.now(), "anowak", action).actor());
    }

    @Test
    void overlongDetailsAreCutToTheColumnAndMarkedAsCut() {
        AuditEntry entry = new AuditEntry(Instant.now(), "anowak",
                new StaffAction("municipality.profile.revised", "municipality", "x".repeat(5000)));
        assertEquals(AuditEntry.MAX_DETAILS, entry.details().length());
        assertTrue(entry.details().endsWith("…"));
    }
}
