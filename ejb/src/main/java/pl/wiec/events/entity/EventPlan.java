package pl.wiec.events.entity;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.projects.entity.LocalizedText;

/**
 * An event as staff describe it. {@link #problem()} names the first rule it breaks (null when none): a Polish title, an
 * end after the start, a place for an event with one (and coordinates together, within Poland's bounding box), an https
 * link for one online, a positive capacity.
 */
public record EventPlan(@NotNull EventKind kind, @NotNull EventFormat format, @NotNull LocalizedText title,
        LocalizedText description, @Size(max = 300) String place, Double latitude, Double longitude,
        @Size(max = 500) String onlineUrl, @NotNull Instant startsAt, @NotNull Instant endsAt, Integer capacity,
        boolean registration, Long projectId) implements Serializable {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;

    /** What can be wrong with a plan; the web names the field. */
    public enum Problem {
        TITLE, DESCRIPTION, TIMES, PLACE, COORDINATES, ONLINE_URL, CAPACITY
    }

    public Problem problem() {
        if (title.pl() == null || title.pl().length() > TITLE_LENGTH
                || title.en() != null && title.en().length() > TITLE_LENGTH) {
            return Problem.TITLE;
        }
        if (description != null
                && (length(description.pl()) > DESCRIPTION_LENGTH || length(description.en()) > DESCRIPTION_LENGTH)) {
            return Problem.DESCRIPTION;
        }
        if (!endsAt.isAfter(startsAt)) {
            return Problem.TIMES;
        }
        if (format.hasPlace() && (place == null || place.isBlank())) {
            return Problem.PLACE;
        }
        if ((latitude == null) != (longitude == null)
                || latitude != null && (latitude < 49.0 || latitude > 55.0 || longitude < 14.0 || longitude > 24.2)) {
            return Problem.COORDINATES;
        }
        if (format.isOnline() && !isHttps(onlineUrl)) {
            return Problem.ONLINE_URL;
        }
        if (capacity != null && capacity < 1) {
            return Problem.CAPACITY;
        }
        return null;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean isHttps(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
