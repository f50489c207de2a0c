package pl.wiec.ideas.boundary;

import java.io.Serializable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * An idea written on a paper form (or told at a consultation point, an event, sent by post), as keyed in: how it came
 * (never online), where it was collected and at which event, the idea itself, and the key the entry screen gave the
 * form (the same form sent twice is stored once).
 */
public record PaperIdea(@NotNull ResponseChannel channel, @Size(max = 200) String place, Long eventId,
        @NotNull @Valid IdeaDraft idea, @Size(max = 64) String entryKey) implements Serializable {
}
