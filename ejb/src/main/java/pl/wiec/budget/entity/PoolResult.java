package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** One project's line in a pool's result: its place in rank order, what it got, and whether it is funded. */
public record PoolResult(Candidate candidate, Tally tally, int rank, Outcome outcome, BigDecimal leftAfter)
        implements Serializable {
}
