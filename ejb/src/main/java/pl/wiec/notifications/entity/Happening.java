package pl.wiec.notifications.entity;

/**
 * Something a resident should hear of, announced by the component where it happened; the notification is written in the
 * resident's language.
 *
 * @param title
 *            what it concerns (e.g. the idea's title), shown in the notification
 * @param detail
 *            the new state (e.g. the status label), or null
 * @param link
 *            the page, relative to the portal (e.g. {@code /idea.xhtml?id=5})
 */
public record Happening(long residentId, Kind kind, Words title, Words detail, String link) {

    /** With a title and a detail that read the same in every language. */
    public Happening(long residentId, Kind kind, String title, String detail, String link) {
        this(residentId, kind, Words.same(title), Words.same(detail), link);
    }
}
