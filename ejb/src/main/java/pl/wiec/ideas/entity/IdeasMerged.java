package pl.wiec.ideas.entity;

/**
 * Staff merged a duplicate idea into another one, in the transaction of this event: the components that keep something
 * per idea (reactions) move it to {@code intoId}.
 */
public record IdeasMerged(long duplicateId, long intoId) {
}
