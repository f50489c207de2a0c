package pl.wiec.residents.boundary;

import java.io.Serializable;

/**
 * What the web module hands to {@code HttpServletRequest.login} to sign a resident in: the principal name and a
 * one-time secret. Lives for seconds; never shown, stored or logged.
 */
public record Ticket(String principal, String secret) implements Serializable {

    @Override
    public String toString() {
        return "Ticket[" + principal + "]";
    }
}
