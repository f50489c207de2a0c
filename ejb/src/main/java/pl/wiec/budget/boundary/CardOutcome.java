package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.util.Map;

import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.InvalidReason;

/**
 * What became of a keyed card: its number in the batch, whether it counts, why not, for a person who had voted already,
 * how they voted before (online, on paper, by post), and for a counted card, the pools (by id) it does not count in,
 * with the reason.
 */
public record CardOutcome(int cardNumber, boolean counted, InvalidReason invalid, Channel earlier,
        Map<Long, InvalidReason> voids) implements Serializable {

    public CardOutcome {
        voids = voids == null ? Map.of() : Map.copyOf(voids);
    }
}
