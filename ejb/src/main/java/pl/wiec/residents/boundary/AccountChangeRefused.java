package pl.wiec.residents.boundary;

import jakarta.ejb.ApplicationException;

/** A change of one's own account that cannot be made as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class AccountChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The names of an account verified by login.gov.pl are the node's. */
        NAMES_FROM_LOGIN_GOV,
        /** The current password given is not the account's. */
        WRONG_PASSWORD,
        /** The account has no password (it signs in through login.gov.pl only). */
        NO_PASSWORD
    }

    private final Reason reason;

    public AccountChangeRefused(Reason reason) {
        super("Account change refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
