package pl.wiec.projects.entity;

/** What a resident does in a phase, each with its own rule of who may (see {@link ActionRule}). */
public enum Action {
    /** Submit an idea or a proposal. */
    SUBMIT,
    /** Comment or reply under an idea. */
    COMMENT,
    /** Like (or dislike, where the phase allows it) an idea. */
    REACT,
    /** Support a proposal. */
    SUPPORT,
    /** Cast a ballot in a budget vote. */
    VOTE,
    /** Answer the questions of a poll (or a survey). */
    ANSWER
}
