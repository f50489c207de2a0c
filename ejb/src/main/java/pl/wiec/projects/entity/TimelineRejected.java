package pl.wiec.projects.entity;

import jakarta.ejb.ApplicationException;

/**
 * A timeline that breaks the rules: {@link #second()} overlaps {@link #first()}, or (second null) {@code first} ends
 * before it starts. Nothing of it is saved.
 */
@ApplicationException(rollback = true)
public class TimelineRejected extends Exception {

    private static final long serialVersionUID = 1L;
    private final PhasePlan first;
    private final PhasePlan second;

    public TimelineRejected(PhasePlan first, PhasePlan second) {
        super(second == null ? "A phase ends before it starts" : "Two phases overlap");
        this.first = first;
        this.second = second;
    }

    public PhasePlan first() {
        return first;
    }

    public PhasePlan second() {
        return second;
    }
}
