package pl.wiec.budget.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The pools cannot change as asked: ballots have been cast (the ballot's rules must stay as voters saw them), or a pool
 * to be removed has projects. Nothing was saved.
 */
@ApplicationException(rollback = true)
public class EditionLocked extends Exception {

    private static final long serialVersionUID = 1L;

    public EditionLocked(String message) {
        super(message);
    }
}
