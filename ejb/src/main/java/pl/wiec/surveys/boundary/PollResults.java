package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * What the poll's respondents chose: how many responded, how many answered each question, how many chose each option. A
 * share is of those who answered the question (so the shares of a multiple choice can add up to more than 100%).
 */
public record PollResults(long responses, Map<Long, Long> answeredPerQuestion, Map<Long, Long> perOption)
        implements Serializable {

    public long answered(long questionId) {
        return answeredPerQuestion.getOrDefault(questionId, 0L);
    }

    public long chose(long optionId) {
        return perOption.getOrDefault(optionId, 0L);
    }

    /** The option's share of the question's respondents, 0–100, rounded to one decimal place. */
    public double share(long questionId, long optionId) {
        long answered = answered(questionId);
        return answered == 0 ? 0 : Math.round(chose(optionId) * 1000.0 / answered) / 10.0;
    }
}
