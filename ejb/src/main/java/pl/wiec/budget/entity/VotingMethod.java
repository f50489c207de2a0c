package pl.wiec.budget.entity;

/**
 * How residents vote in a pool. Each chosen project scores points: one each, except in ranked voting where the first
 * choice scores the most (e.g. 3/2/1 as in Kraków).
 */
public enum VotingMethod {
    /** One project (Wasilków: one vote per pool). */
    ONE_VOTE,
    /** Between a minimum and a maximum of projects, one point each (Warsaw: up to 15 district projects). */
    APPROVAL,
    /** Up to as many projects as there are point values, in order of preference, scored by position. */
    RANKED,
    /** Any projects whose costs add up to no more than the pool's amount, one point each. */
    ALLOCATION
}
