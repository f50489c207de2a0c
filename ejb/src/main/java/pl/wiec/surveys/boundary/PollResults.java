package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import pl.wiec.surveys.entity.ResponseChannel;

/**
 * What the poll's respondents chose: how many responded (in all and by channel: online, keyed in from paper...), how
 * many answered each question, how many chose each option (in all and by channel). A share is of those who answered the
 * question (so the shares of a multiple choice can add up to more than 100%).
 */
public record PollResults(Map<ResponseChannel, Long> responsesByChannel, Map<Long, Long> answeredPerQuestion,
        Map<Long, Map<ResponseChannel, Long>> perOptionByChannel) implements Serializable {

    public static final PollResults NONE = new PollResults(Map.of(), Map.of(), Map.of());

    public long responses() {
        return responsesByChannel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long responses(ResponseChannel channel) {
        return responsesByChannel.getOrDefault(channel, 0L);
    }

    /** The channels responses came through, in the order of {@link ResponseChannel}. */
    public List<ResponseChannel> channels() {
        return Arrays.stream(ResponseChannel.values()).filter(channel -> responses(channel) > 0).toList();
    }

    public long answered(long questionId) {
        return answeredPerQuestion.getOrDefault(questionId, 0L);
    }

    public long chose(long optionId) {
        return perOptionByChannel.getOrDefault(optionId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long chose(long optionId, ResponseChannel channel) {
        return perOptionByChannel.getOrDefault(optionId, Map.of()).getOrDefault(channel, 0L);
    }

    /** The option's share of the question's respondents, 0–100, rounded to one decimal place. */
    public double share(long questionId, long optionId) {
        long answered = answered(questionId);
        return answered == 0 ? 0 : Math.round(chose(optionId) * 1000.0 / answered) / 10.0;
    }
}
