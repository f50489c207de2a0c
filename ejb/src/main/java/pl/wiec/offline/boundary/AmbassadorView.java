package pl.wiec.offline.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An ambassador of a project as staff see them: the public name only, since when, and who invited them. */
public record AmbassadorView(long residentId, String name, Instant since, String invitedBy) implements Serializable {
}
