package pl.wiec.audit.entity;

/**
 * Fired by a boundary when a staff member changed something.
 *
 * @param action
 *            a stable code of what was done, e.g. {@code municipality.profile.revised}; the back office translates it
 * @param subject
 *            what it was done to, e.g. {@code municipality}
 * @param details
 *            what changed, one line a field, for people to read
 */
public record StaffAction(String action, String subject, String details) {
}
