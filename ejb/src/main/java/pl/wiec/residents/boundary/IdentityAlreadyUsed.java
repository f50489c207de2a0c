package pl.wiec.residents.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The national identity is already the identity of another account: one person is one resident. Rolls back.
 */
@ApplicationException(rollback = true)
public class IdentityAlreadyUsed extends Exception {

    private static final long serialVersionUID = 1L;

    public IdentityAlreadyUsed() {
        super("This national identity already belongs to another resident account");
    }
}
