package pl.wiec.events.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import pl.wiec.events.entity.CivicEvent;

/**
 * Events as iCalendar (RFC 5545) that calendar programs import and subscribe to: one VEVENT per event with a stable
 * UID, times in UTC, the place and its coordinates, the online link, the event's page; texts escaped and lines folded
 * at 75 octets, CRLF line ends.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * @param name
     *            the calendar's name (X-WR-CALNAME)
     * @param host
     *            the portal's host, for the UIDs
     * @param pageUrl
     *            the address of an event's page without its id ({@code https://.../event.xhtml?id=})
     */
    public static String of(List<CivicEvent> events, String name, String host, String pageUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Wiec//Platforma partycypacji//PL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (CivicEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(event.startsAt()));
            line(out, "DTEND:" + UTC.format(event.endsAt()));
            line(out, "SUMMARY:" + text(event.title().pl()));
            String description = event.description().pl() == null ? "" : event.description().pl();
            if (event.onlineUrl() != null) {
                description = (description + "\n\nOnline: " + event.onlineUrl()).strip();
            }
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + text(description));
            }
            if (event.place() != null) {
                line(out, "LOCATION:" + text(event.place()));
            }
            if (event.latitude() != null) {
                line(out, "GEO:" + event.latitude() + ";" + event.longitude());
            }
            line(out, "URL:" + pageUrl + event.id());
            line(out, "STATUS:CONFIRMED");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    static void line(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
