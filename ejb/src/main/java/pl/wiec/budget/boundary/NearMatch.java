package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;

/**
 * Two voters of an edition who may be one person written two ways (the same name in one building with a different flat,
 * or names one letter apart), side by side for a clerk to decide: {@code earlier} voted first and counts if they are
 * one person and the rules let the first ballot count.
 */
public record NearMatch(Side earlier, Side later) implements Serializable {

    /**
     * One voter as the office may see them: the name and address they gave, how and when they voted, and for a card,
     * its batch (the place it came from) and number, so that the paper can be taken out and read.
     */
    public record Side(long voterId, CardIdentity identity, Channel channel, LocalDate votedOn, String area,
            Long batchId, String place, Integer cardNumber) implements Serializable {
    }

    /** The pair as the decision names it: the voters' ids, lower first. */
    public long first() {
        return Math.min(earlier.voterId(), later.voterId());
    }

    public long second() {
        return Math.max(earlier.voterId(), later.voterId());
    }
}
