package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import pl.wiec.offline.entity.ResponseChannel;

/**
 * What the poll's respondents chose: how many responded (in all and by channel: online, keyed in from paper...), how
 * many answered each question, how many chose each option (in all and by channel). A share is of those who answered the
 * question (so the shares of a multiple choice can add up to more than 100%). For a ranking's options also how many put
 * each in each place, and the sum of its places by channel (for its mean place).
 */
public record PollResults(Map<ResponseChannel, Long> responsesByChannel, Map<Long, Long> answeredPerQuestion,
        Map<Long, Map<ResponseChannel, Long>> perOptionByChannel, Map<Long, Map<Integer, Long>> perOptionPlace,
        Map<Long, Map<ResponseChannel, Long>> placeSumByChannel) implements Serializable {

    public static final PollResults NONE = new PollResults(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

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

    /** How many put the ranking's option in this place (1 for the first). */
    public long placed(long optionId, int place) {
        return perOptionPlace.getOrDefault(optionId, Map.of()).getOrDefault(place, 0L);
    }

    /** The ranking option's mean place (1 is first), to two decimal places; null when nobody ranked it. */
    public BigDecimal meanPlace(long optionId) {
        long sum = placeSumByChannel.getOrDefault(optionId, Map.of()).values().stream().mapToLong(Long::longValue)
                .sum();
        return mean(sum, chose(optionId));
    }

    /** The ranking option's mean place among the responses of one channel; null when none of them ranked it. */
    public BigDecimal meanPlace(long optionId, ResponseChannel channel) {
        return mean(placeSumByChannel.getOrDefault(optionId, Map.of()).getOrDefault(channel, 0L),
                chose(optionId, channel));
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /**
     * The ranking's options from the first by mean place (the most often first before others at a tie; those nobody
     * ranked last).
     */
    public List<PollQuestion.Option> byPlace(PollQuestion question) {
        return question.options().stream()
                .sorted(Comparator
                        .comparing((PollQuestion.Option option) -> meanPlace(option.id()),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(option -> -placed(option.id(), 1)))
                .toList();
    }

    /**
     * A scale's mean point (its options are the points, 1 for the first), to two decimal places; null when nobody
     * answered it.
     */
    public BigDecimal meanPoint(PollQuestion scale) {
        long sum = 0;
        for (int point = 1; point <= scale.options().size(); point++) {
            sum += point * chose(scale.options().get(point - 1).id());
        }
        return mean(sum, answered(scale.id()));
    }

    /** The option's share of the question's respondents, 0–100, rounded to one decimal place. */
    public double share(long questionId, long optionId) {
        long answered = answered(questionId);
        return answered == 0 ? 0 : Math.round(chose(optionId) * 1000.0 / answered) / 10.0;
    }
}
