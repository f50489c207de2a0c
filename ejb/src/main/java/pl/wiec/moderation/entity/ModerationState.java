package pl.wiec.moderation.entity;

/** Whether a post is public: shown, held for review (a blocked word), or hidden by a moderator. */
public enum ModerationState {
    VISIBLE, HELD, HIDDEN
}
