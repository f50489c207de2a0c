package pl.wiec.notifications.entity;

/**
 * Something the followers of a project or an idea should hear of (a new phase, a new status, an official answer),
 * announced by the component where it happened. Every follower gets it once, in their language, except the resident
 * named in {@code except} (e.g. the idea's author, who hears of it in their own words).
 *
 * @param title
 *            what it concerns (the idea's or the project's title)
 * @param detail
 *            the new state (the status label, the phase's title), or null
 * @param link
 *            the page, relative to the portal
 */
public record FollowedHappening(Subject subject, long subjectId, Long except, Kind kind, Words title, Words detail,
        String link) {
}
