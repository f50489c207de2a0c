package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import pl.wiec.projects.entity.LocalizedText;

/**
 * A survey's results for staff: the project and phase, the questions, the counts of its choices and respondents (as a
 * poll's), and for each question answered with a number or a date, the smallest, mean and largest.
 */
public record SurveyResults(long projectId, LocalizedText projectTitle, LocalizedText phaseTitle,
        List<PollQuestion> questions, PollResults counts, Map<Long, Range> ranges, SurveyFilter filter, long matching,
        boolean withheld) implements Serializable {

    /** A number question's smallest, mean and largest answer, or a date question's first and last. */
    public record Range(BigDecimal min, BigDecimal mean, BigDecimal max, LocalDate first, LocalDate last)
            implements Serializable {
    }

    public Range range(long questionId) {
        return ranges.get(questionId);
    }
}
