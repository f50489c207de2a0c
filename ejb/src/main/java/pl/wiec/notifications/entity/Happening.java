package pl.wiec.notifications.entity;

/**
 * Something a resident should hear of, announced by the component where it happened.
 *
 * @param title
 *            what it concerns (e.g. the idea's title), shown in the notification
 * @param detail
 *            the new state (e.g. the status label), or null
 * @param link
 *            the page, relative to the portal (e.g. {@code /idea.xhtml?id=5})
 */
public record Happening(long residentId, Kind kind, String title, String detail, String link) {
}
