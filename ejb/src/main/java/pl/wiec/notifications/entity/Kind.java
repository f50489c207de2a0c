package pl.wiec.notifications.entity;

/** What a notification is about; residents choose how often to hear of each. */
public enum Kind {
    /** Someone replied to my comment. */
    REPLY,
    /** My idea got a new status or an official answer. */
    STATUS,
    /** My proposal reached its support threshold. */
    THRESHOLD,
    /** An idea I follow got a new status or an official answer. */
    FOLLOWED_IDEA,
    /** A new phase started in a project I follow. */
    NEW_PHASE,
    /** Staff decided on my budget project: admitted, rejected, sent back for corrections, my appeal decided. */
    BUDGET_DECISION,
    /** A winning budget project (mine, or of an edition I follow) reached a new step of its implementation. */
    BUDGET_PROGRESS,
    /** The result of a budget edition I follow was published, or corrected. */
    BUDGET_RESULT,
    /** An event I registered for starts within a day. */
    EVENT_REMINDER,
    /** A seat at an event freed up and is mine now (I was on the waiting list). */
    EVENT_SEAT,
    /** An event I registered for moved to another time or place. */
    EVENT_CHANGED
}
