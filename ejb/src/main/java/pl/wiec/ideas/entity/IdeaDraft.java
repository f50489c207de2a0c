package pl.wiec.ideas.entity;

import java.io.Serializable;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a resident writes when submitting an idea: title, description, place (typed and/or a point), and optionally the
 * area it concerns and its topics (ids from the municipality's lists). Plain text: shown escaped, never as HTML.
 */
public record IdeaDraft(@NotBlank @Size(max = TITLE_MAX) String title, @NotBlank @Size(max = BODY_MAX) String body,
        @Size(max = PLACE_MAX) String place, @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude, Long areaId, @Size(max = 10) Set<Long> topicIds)
        implements Serializable {

    /** The limits, also shown and checked by the pages (o:importConstants). */
    public static final int TITLE_MAX = 150;
    public static final int BODY_MAX = 5000;
    public static final int PLACE_MAX = 200;

    public IdeaDraft {
        topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
    }

    /** An idea without area and topics. */
    public IdeaDraft(String title, String body, String place, Double latitude, Double longitude) {
        this(title, body, place, latitude, longitude, null, Set.of());
    }
}
