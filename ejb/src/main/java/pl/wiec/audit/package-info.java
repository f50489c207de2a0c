/**
 * Who did what and when: every change a staff member makes is recorded, and administrators browse the record.
 *
 * <p>
 * Components do not call this one: they fire a {@link pl.wiec.audit.entity.StaffAction} CDI event inside their own
 * transaction, and {@link pl.wiec.audit.control.AuditTrail} stores it in the same transaction, so a change and its
 * audit entry are committed together or not at all. The actor is the caller's principal name (the directory login),
 * taken from the container, never from the event, so it cannot be forged.
 *
 * <p>
 * Entries are append-only: there is no boundary method that edits or deletes them. They hold no personal data of
 * residents beyond identifiers; the details describe the change in terms of the changed fields.
 */
package pl.wiec.audit;
