package pl.wiec.surveys.entity;

/** What a question asks for. Polls ask only the two choices; surveys ask any. */
public enum QuestionKind {
    /** Exactly one of the options (or none, where the question is optional). */
    SINGLE_CHOICE,
    /** Any number of the options, up to the question's maximum if it has one. */
    MULTIPLE_CHOICE,
    /** One point of a linear scale: its options are the points, 1 to N, the first and last described. */
    SCALE,
    /**
     * Every option put in order, most important first: the answer's options in that order, each option's place (1 for
     * the first) kept with its selection. At most {@link QuestionPlan#MAX_RANKED} options.
     */
    RANKING,
    /** A line of text, at most {@link QuestionPlan#SHORT_TEXT_LENGTH} characters. */
    SHORT_TEXT,
    /** Paragraphs of text, at most {@link QuestionPlan#LONG_TEXT_LENGTH} characters. */
    LONG_TEXT,
    /** A number, within the question's bounds if it has them. */
    NUMBER,
    /** A calendar date. */
    DATE,
    /** A point on the map (a geo-survey's question: where is it, where should it be). */
    POINT,
    /** A line drawn on the map: a route, a path ({@link QuestionPlan#MAX_SHAPE_POINTS} points at most). */
    LINE,
    /** An area drawn on the map: its outline, three points or more. */
    AREA,
    /**
     * A file the person attaches online (a photo, a scan, a drawing, a document; see {@link Attachment}): kept apart
     * from the response, which holds only its id. Paper cannot carry one, so keyed forms and imports leave it out.
     */
    FILE;

    /** Whether the answer is one or more of the question's options (else it is a value). */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == SCALE || this == RANKING;
    }

    /** Whether the answer puts the options in order (the order of its options is its meaning). */
    public boolean isRanking() {
        return this == RANKING;
    }

    /** Whether it can be answered on paper (written on the form, then keyed or imported): all but a file. */
    public boolean onPaper() {
        return this != FILE;
    }

    /** Whether it is answered on the map: a point, a line or an area. */
    public boolean onMap() {
        return this == POINT || this == LINE || this == AREA;
    }

    /** Whether a poll may ask it (polls are quick choices; the rest is for surveys). */
    public boolean inPolls() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
