package pl.wiec.budget.entity;

/** Where a budget project stands in verification. */
public enum ProjectStatus {
    /** Its author is still writing it; nobody else sees it. */
    DRAFT,
    /** Submitted, waiting for verification. */
    SUBMITTED,
    /** Staff asked the author to correct it by a day; the author edits it and sends it back. */
    CORRECTIONS,
    /** Admitted to the vote: it is on the ballot. */
    ADMITTED,
    /** Not admitted, with the reason published. */
    REJECTED
}
