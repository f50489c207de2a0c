package pl.wiec.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{dates.when(instant)}}: moments as people in Poland read them, date and time in Europe/Warsaw. */
@Named
@ApplicationScoped
public class Dates {

    public static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(POLAND));
    }
}
