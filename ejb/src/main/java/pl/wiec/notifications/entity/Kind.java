package pl.wiec.notifications.entity;

/** What a notification is about; residents choose how often to hear of each. */
public enum Kind {
    /** Someone replied to my comment. */
    REPLY,
    /** My idea got a new status or an official answer. */
    STATUS,
    /** My proposal reached its support threshold. */
    THRESHOLD
}
