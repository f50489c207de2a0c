package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.offline.entity.ResponseChannel;

/**
 * One filled paper form (or an answer given at a consultation point, an event, by post) as staff or an ambassador key
 * it in: how it came, where it was collected (a place, and the project's event or consultation point if it came from
 * one), and per question id the numbers of the options marked (1 for the first), as printed on the form, or (a survey's
 * question answered with a value) what was written, as typed. The entry key, one per form shown on the entry screen,
 * makes a form sent twice count once.
 */
public record PaperAnswers(@NotNull ResponseChannel channel, @Size(max = 200) String place, Long eventId,
        @NotNull Map<Long, List<Integer>> marked, @NotNull Map<Long, @Size(max = 4000) String> written,
        @Size(max = 64) String entryKey) implements Serializable {
}
