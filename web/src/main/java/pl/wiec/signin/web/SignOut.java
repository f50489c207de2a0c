package pl.wiec.signin.web;

import java.util.logging.Logger;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the identity of a request's session in the server's security domain, staff or resident alike. */
public final class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    private SignOut() {
    }

    public static void of(HttpServletRequest request) {
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning("Sign-out did not complete: " + e.getMessage());
        }
    }
}
