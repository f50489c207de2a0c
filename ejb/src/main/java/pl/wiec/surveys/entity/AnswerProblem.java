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
    /** A text longer than the question takes. */
    TOO_LONG,
    /** A number below the question's lower bound. */
    BELOW_MIN,
    /** A number above the question's upper bound (or too large to keep). */
    ABOVE_MAX,
    /** A number the person typed is not one. */
    NOT_A_NUMBER,
    /** A date the person typed is not one (day.month.year). */
    NOT_A_DATE,
    /** A date before 1900 or after 2200. */
    DATE_RANGE,
    /** A point outside the map of Poland. */
    OUTSIDE_MAP,
    /** A line of fewer than two points, an area of fewer than three, or a shape of too many. */
    SHAPE,
    /** A ranking that does not put every option in its own place. */
    RANKING,
    /** A file that is not a PDF, an office document or a picture that can be read. */
    FILE_TYPE,
    /** A file larger than {@link Attachment#MAX_BYTES}. */
    FILE_SIZE,
    /** Nothing was answered at all. */
    EMPTY;

    /** Whether it is a file that could not be attached (the answer's file attached before, if any, stays). */
    public boolean isFile() {
        return this == FILE_TYPE || this == FILE_SIZE;
    }
}
