package pl.wiec.projects.entity;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A timeline that changes what has already happened ({@link PastChange}): it is saved only when staff confirm it,
 * having read each consequence. Nothing of it is saved yet.
 */
@ApplicationException(rollback = true)
public class TimelineNeedsConfirmation extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<PastChange> changes;

    public TimelineNeedsConfirmation(List<PastChange> changes) {
        super("The timeline changes " + changes.size() + " phase(s) that have begun");
        this.changes = List.copyOf(changes);
    }

    public List<PastChange> changes() {
        return changes;
    }
}
