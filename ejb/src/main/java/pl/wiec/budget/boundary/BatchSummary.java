package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.util.Map;

import pl.wiec.budget.entity.Batch;

/** A batch with what its cards came to: counted, and invalid by reason; for a re-key batch, how many cards matched. */
public record BatchSummary(Batch batch, long counted, Map<String, Long> invalid, long rekeyed, long matching)
        implements Serializable {

    public long invalidTotal() {
        return invalid.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of re-keyed cards keyed differently, in per cent (entry errors); 0 when none were re-keyed. */
    public double errorRate() {
        return rekeyed == 0 ? 0 : 100.0 * (rekeyed - matching) / rekeyed;
    }
}
