package pl.wiec.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FailedSignInsTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void theFifthWrongPasswordWithinFifteenMinutesHoldsSignInForFifteenMinutes() {
        FailedSignIns failures = new FailedSignIns("subject", "client", NOW);
        for (int i = 0; i < 4; i++) {
            failures.failed(NOW.plus(Duration.ofMinutes(i)));
        }
        assertFalse(failures.isHeldAt(NOW.plus(Duration.ofMinutes(4))), "four do not hold");
        failures.failed(NOW.plus(Duration.ofMinutes(4)));
        assertTrue(failures.isHeldAt(NOW.plus(Duration.ofMinutes(18))));
        assertFalse(failures.isHeldAt(NOW.plus(Duration.ofMinutes(19))), "15 minutes after the fifth");
        assertEquals(NOW.plus(Duration.ofMinutes(19)), failures.heldUntil());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowStartCountingAgain() {
        FailedSignIns failures = new FailedSignIns("subject", "client", NOW);
        for (int i = 0; i < 4; i++) {
            failures.failed(NOW);
        }
        failures.failed(NOW.plus(Duration.ofMinutes(16)));
        assertFalse(failures.isHeldAt(NOW.plus(Duration.ofMinutes(16))), "the window of the first four has passed");
        assertFalse(failures.isStaleAt(NOW.plus(Duration.ofMinutes(17))));
        assertTrue(failures.isStaleAt(NOW.plus(Duration.ofMinutes(31))));
    }

    @Test
    void moreWrongPasswordsDuringAHoldDoNotProlongIt() {
        FailedSignIns failures = new FailedSignIns("subject", "client", NOW);
        for (int i = 0; i < 5; i++) {
            failures.failed(NOW);
        }
        failures.failed(NOW.plus(Duration.ofMinutes(10)));
        assertEquals(NOW.plus(FailedSignIns.HOLD), failures.heldUntil());
    }
}
