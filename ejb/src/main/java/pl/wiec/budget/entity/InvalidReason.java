package pl.wiec.budget.entity;

/** Why a ballot does not count: as staff find it on a paper card, or as the double-vote rule decides. */
public enum InvalidReason {
    /** The card lacks the signature under the consent (Wasilków invalidated cards for this). */
    NO_SIGNATURE,
    /** Name or address missing or incomplete, or a PESEL missing where the rules demand one. */
    INCOMPLETE_IDENTITY,
    /** More projects marked than the pool allows. */
    OVER_LIMIT,
    /** Fewer projects marked than the pool's minimum. */
    TOO_FEW,
    /** Allocation voting: the projects marked cost more than the pool's amount. */
    OVER_BUDGET,
    /** Nothing marked in any pool. */
    EMPTY,
    /** The marks cannot be read. */
    UNREADABLE,
    /** Marks in the pool of an area the voter (by the address on the card) does not live in. */
    OUTSIDE_AREA,
    /** A postal card that arrived after the vote's last day. */
    LATE,
    /** The person had voted already and the first ballot counts. */
    DUPLICATE,
    /** The person voted more than once and, by the rules, none of their ballots counts. */
    ALL_INVALID;

    /** Whether staff choose it for a card (the others follow from the double-vote rule). */
    public boolean isChosenByStaff() {
        return this != DUPLICATE && this != ALL_INVALID && this != OUTSIDE_AREA && this != OVER_BUDGET;
    }
}
