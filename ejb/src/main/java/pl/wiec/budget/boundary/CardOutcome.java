package pl.wiec.budget.boundary;

import java.io.Serializable;

import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.InvalidReason;

/**
 * What became of a keyed card: its number in the batch, whether it counts, why not, and for a person who had voted
 * already, how they voted before (online, on paper, by post).
 */
public record CardOutcome(int cardNumber, boolean counted, InvalidReason invalid, Channel earlier)
        implements Serializable {
}
