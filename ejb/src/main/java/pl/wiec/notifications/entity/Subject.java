package pl.wiec.notifications.entity;

/** What a resident can follow. */
public enum Subject {
    PROJECT, IDEA
}
