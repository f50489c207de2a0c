package pl.wiec.surveys.entity;

/** What can be wrong with the answers to a question (or, for {@link #EMPTY}, with a response as a whole). */
public enum AnswerProblem {
    /** A required question was not answered. */
    REQUIRED,
    /** More than one option in a single choice. */
    ONE_ONLY,
    /** More options than the question allows. */
    TOO_MANY,
    /** An option the question does not offer, or a question the form does not ask. */
    UNKNOWN,
    /** Nothing was answered at all. */
    EMPTY
}
