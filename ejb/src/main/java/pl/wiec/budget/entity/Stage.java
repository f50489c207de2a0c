package pl.wiec.budget.entity;

/** Where the implementation of a winning budget project stands, as staff last reported it. */
public enum Stage {
    /** Waiting for its turn: the office plans the work. */
    PLANNED,
    /** Being designed, permits sought. */
    DESIGN,
    /** A contractor being chosen (tender, request for offers). */
    PROCUREMENT,
    /** Work on site. */
    IN_PROGRESS,
    /** Done and handed over to residents. */
    COMPLETED,
    /** It will not be carried out (the report says why). */
    ABANDONED;

    /** Whether a stage ends the implementation. */
    public boolean isFinal() {
        return this == COMPLETED || this == ABANDONED;
    }
}
