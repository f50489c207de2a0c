package pl.wiec.budget.entity;

/** Which of two projects with the same score comes first in a pool. */
public enum TieBreak {
    /** The cheaper one (more money left for others). */
    LOWER_COST,
    /** The one submitted first (the lower number). */
    EARLIER_SUBMISSION,
    /** A draw, reproducible by anyone from the seed staff publish (e.g. numbers drawn at a public session). */
    LOT
}
