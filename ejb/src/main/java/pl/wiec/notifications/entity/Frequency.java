package pl.wiec.notifications.entity;

/** How often a resident wants e-mails of a kind; in the app they always see them. */
public enum Frequency {
    IMMEDIATELY, DAILY, NEVER
}
