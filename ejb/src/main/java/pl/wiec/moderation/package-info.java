/**
 * Moderation of what residents post. Residents flag ideas and comments; a post with a blocked word is held for review
 * instead of published; moderators (and administrators) decide each case: hide, with a reason the author sees, or
 * restore. One case per piece of content.
 *
 * <p>
 * The components that own content (ideas, discussion) call this boundary to hold or register a post; the decision goes
 * back to them as a {@link pl.wiec.moderation.entity.ModerationDecision} CDI event in the same transaction, so this
 * component never writes their tables and they never read its own.
 */
package pl.wiec.moderation;
