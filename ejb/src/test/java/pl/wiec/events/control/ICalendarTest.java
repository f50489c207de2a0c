package pl.wiec.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.EventFormat;
import pl.wiec.events.entity.EventKind;
import pl.wiec.events.entity.EventPlan;
import pl.wiec.projects.entity.LocalizedText;

class ICalendarTest {

    @Test
    void textsAreEscaped() {
        assertEquals("Rynek\\; ul. Długa 1\\, sala 2\\nwejście od podwórza \\\\ B",
                ICalendar.text("Rynek; ul. Długa 1, sala 2\nwejście od podwórza \\ B"));
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + "Żółć".repeat(20));
        for (String line : out.toString().split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals("SUMMARY:" + "Żółć".repeat(20), out.toString().replace("\r\n ", "").strip());
    }

    @Test
    void anEventHasItsTimesInUtcAndItsPlace() {
        CivicEvent walk = new CivicEvent(new EventPlan(EventKind.WALK, EventFormat.HYBRID,
                LocalizedText.polish("Spacer badawczy po Zarzeczu"), LocalizedText.polish("Zbiórka przy kościele"),
                "Plac Kościelny", 53.2, 22.9, "https://meet.example.org/spacer", Instant.parse("2026-12-05T09:00:00Z"),
                Instant.parse("2026-12-05T11:00:00Z"), 20, true, null));
        String calendar = ICalendar.of(List.of(walk), "Wydarzenia", "wiec.example.org",
                "https://wiec.example.org/event.xhtml?id=", Instant.parse("2026-11-27T12:00:00Z"));
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), calendar);
        assertTrue(calendar.contains("\r\nDTSTART:20261205T090000Z\r\nDTEND:20261205T110000Z\r\n"), calendar);
        assertTrue(calendar.contains("\r\nLOCATION:Plac Kościelny\r\nGEO:53.2;22.9\r\n"), calendar);
        assertTrue(calendar.replace("\r\n ", "")
                .contains("DESCRIPTION:Zbiórka przy kościele\\n\\nOnline: https://meet.example.org/spacer"), calendar);
        assertTrue(calendar.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), calendar);
    }
}
