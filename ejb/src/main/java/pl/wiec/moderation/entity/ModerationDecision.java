package pl.wiec.moderation.entity;

/** A moderator's decision on a piece of content, for the component that owns it to apply. */
public record ModerationDecision(ContentType type, long contentId, ModerationState visibility, String reason) {
}
