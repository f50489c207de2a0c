package pl.wiec.surveys.entity;

/** What a question asks for. */
public enum QuestionKind {
    /** Exactly one of the options (or none, where the question is optional). */
    SINGLE_CHOICE,
    /** Any number of the options, up to the question's maximum if it has one. */
    MULTIPLE_CHOICE
}
