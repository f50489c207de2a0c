package pl.wiec.budget.entity;

/** What became of a project in the count. */
public enum Outcome {
    /** Funded: in rank order, its cost still fitted the pool's money. */
    WON,
    /** Skipped: when its turn came, less money was left than it costs. */
    DID_NOT_FIT,
    /** Not funded: no votes, or ranked after the filling stopped. */
    LOST
}
