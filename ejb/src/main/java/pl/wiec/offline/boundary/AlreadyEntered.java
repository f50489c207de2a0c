package pl.wiec.offline.boundary;

import jakarta.ejb.ApplicationException;

/** This keyed form was stored already (sent twice after a network fault, a double Enter): it counts once. */
@ApplicationException(rollback = true)
public class AlreadyEntered extends Exception {

    private static final long serialVersionUID = 1L;

    public AlreadyEntered() {
        super("Already entered");
    }
}
