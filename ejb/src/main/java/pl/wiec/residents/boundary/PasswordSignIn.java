package pl.wiec.residents.boundary;

import java.time.Instant;

/** The outcome of a sign-in with e-mail and password. */
public sealed interface PasswordSignIn {

    /** Right address and password: sign in with this ticket. */
    record Accepted(Ticket ticket) implements PasswordSignIn {
    }

    /** Wrong address or password; which of the two is not told. */
    record Refused() implements PasswordSignIn {
    }

    /**
     * Too many wrong passwords for this address from this client: password sign-in from there waits until then (a reset
     * or login.gov.pl still work). Said alike for addresses with and without an account.
     */
    record Held(Instant until) implements PasswordSignIn {
    }

    /** Right password, but the address is not confirmed yet; a new confirmation link is on its way. */
    record Unconfirmed() implements PasswordSignIn {
    }
}
