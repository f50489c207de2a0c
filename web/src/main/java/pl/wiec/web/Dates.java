package pl.wiec.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code #{dates.when(instant)}}: moments as people in Poland read them, date and time in Europe/Warsaw. */
@Named
@ApplicationScoped
public class Dates {

    public static final ZoneId POLAND = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The time of day in Poland as the language writes it ("14:05"): until when a sign-in is held. */
    public static String timeOfDay(Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(instant.atZone(POLAND));
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(POLAND));
    }
}
