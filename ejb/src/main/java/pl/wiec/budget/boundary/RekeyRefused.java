package pl.wiec.budget.boundary;

import jakarta.ejb.ApplicationException;

/** A batch can be re-keyed only once it is closed, and only by someone other than who keyed it. */
@ApplicationException(rollback = true)
public class RekeyRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public RekeyRefused(String message) {
        super(message);
    }
}
