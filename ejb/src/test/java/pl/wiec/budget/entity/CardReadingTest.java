package pl.wiec.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What was read from a card survives being kept as text, marks in the order written. */
class CardReadingTest {

    @Test
    void aReadingIsTheSameAfterItsText() {
        CardReading reading = new CardReading(Map.of(14L, List.of(3, 1, 4), 12L, List.of(7)),
                InvalidReason.NO_SIGNATURE, 4L, LocalDate.of(2026, 12, 1));
        assertEquals("12=7;14=3,1,4|NO_SIGNATURE|4|2026-12-01", reading.text());
        assertEquals(reading, CardReading.parse(reading.text()));
    }

    @Test
    void anEmptyCardAndEmptyPoolsReadAsNothingMarked() {
        CardReading empty = new CardReading(Map.of(12L, List.of()), null, null, null);
        assertEquals("|||", empty.text());
        assertEquals(Map.of(), CardReading.parse(empty.text()).numbers());
    }
}
