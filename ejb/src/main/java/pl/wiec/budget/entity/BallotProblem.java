package pl.wiec.budget.entity;

/** Why a ballot's choices in a pool cannot be counted; the ballot page names it next to the pool. */
public enum BallotProblem {
    /** Fewer projects than the pool's minimum (choosing none at all is abstaining, which is fine). */
    TOO_FEW,
    /** More projects than the pool allows. */
    TOO_MANY,
    /** The same project twice. */
    REPEATED,
    /** A project that is not on the pool's ballot (not admitted, or of another pool). */
    NOT_ON_BALLOT,
    /** Allocation voting: the chosen projects cost more than the pool's amount. */
    OVER_BUDGET,
    /** No choice in any pool. */
    EMPTY,
    /** The rules match paper cards by name and address, and the online voter gave no address. */
    ADDRESS_MISSING,
    /** A pool the voter may not vote in (an area's pool, and they live elsewhere). */
    NOT_YOUR_POOL
}
