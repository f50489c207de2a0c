package pl.wiec.notifications.entity;

/**
 * The followers of one subject follow another from now on (a duplicate idea merged into another); a resident who
 * followed both keeps one follow. {@code alsoFollowing}, if not null, starts following the other subject too (the
 * duplicate's author, who should hear what becomes of their idea).
 */
public record FollowersMoved(Subject subject, long fromId, long toId, Long alsoFollowing) {
}
