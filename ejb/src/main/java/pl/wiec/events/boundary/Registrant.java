package pl.wiec.events.boundary;

import java.io.Serializable;
import java.time.Instant;

import pl.wiec.events.entity.RegistrationStatus;

/** A registration as staff see it: the public name only (first name, initial), status, when, and whether they came. */
public record Registrant(long registrationId, String name, RegistrationStatus status, Instant registeredAt,
        Boolean attended) implements Serializable {
}
