package pl.wiec.budget.entity;

import java.io.Serializable;

/** What a project received: the points (votes, in all but ranked voting) and the number of voters who chose it. */
public record Tally(long score, long voters) implements Serializable {

    public static final Tally NONE = new Tally(0, 0);

}
