package pl.wiec.residents.entity;

/**
 * A resident deleted their account (fired in that transaction): components drop what ties the person to what is still
 * to come (a seat at an event, an ambassador's role); what they contributed stays, counted anonymously.
 */
public record AccountDeleted(long residentId) {
}
