package pl.wiec.moderation.entity;

/** What kind of content a case is about. */
public enum ContentType {
    IDEA, COMMENT
}
