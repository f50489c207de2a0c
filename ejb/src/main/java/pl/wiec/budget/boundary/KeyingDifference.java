package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.time.Instant;

import pl.wiec.budget.entity.CardReading;
import pl.wiec.budget.entity.Rekey.Decision;

/**
 * A card of a batch that a second person keyed differently, side by side: what each keying read (apart from the person:
 * {@code first} is null for a card keyed before readings were kept), whether they agree on the person (null: not
 * known), and how it was decided (null: not yet).
 */
public record KeyingDifference(int cardNumber, long rekeyBatchId, String rekeyedBy, Boolean samePerson,
        CardReading first, CardReading second, Decision decision, String decidedBy, Instant decidedAt)
        implements Serializable {

    public boolean isDecided() {
        return decision != null;
    }
}
