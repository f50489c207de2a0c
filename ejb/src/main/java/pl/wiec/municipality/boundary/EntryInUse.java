package pl.wiec.municipality.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An area, topic or folder left out of its list is still used where it cannot simply go (an area a budget pool is for):
 * nothing of the list was changed.
 */
@ApplicationException(rollback = true)
public class EntryInUse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntryInUse() {
        super("A removed entry is still in use", null, false, false);
    }
}
