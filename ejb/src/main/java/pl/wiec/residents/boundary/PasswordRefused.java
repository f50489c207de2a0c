package pl.wiec.residents.boundary;

import jakarta.ejb.ApplicationException;

/** A new password breaks {@link PasswordRule}; nothing was changed. */
@ApplicationException(rollback = true)
public class PasswordRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final PasswordRule.Problem problem;

    public PasswordRefused(PasswordRule.Problem problem) {
        super("The new password is refused: " + problem, null, false, false);
        this.problem = problem;
    }

    public PasswordRule.Problem problem() {
        return problem;
    }
}
