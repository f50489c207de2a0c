package pl.wiec.budget.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** A project on a pool's ballot as the count sees it: its id, its number (order of submission) and its cost. */
public record Candidate(long id, int number, BigDecimal cost) implements Serializable {
}
