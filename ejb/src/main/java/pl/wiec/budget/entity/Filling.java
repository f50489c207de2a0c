package pl.wiec.budget.entity;

/** How the pool's money goes to projects in rank order when the next one costs more than what is left. */
public enum Filling {
    /** Skip it and go on down the list: a cheaper project further down may still fit. */
    SKIP_UNFITTING,
    /** Stop there: no project ranked lower wins. */
    STOP_AT_UNFITTING
}
