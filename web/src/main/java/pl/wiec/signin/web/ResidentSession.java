package pl.wiec.signin.web;

import java.io.Serializable;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.Resident;

/**
 * The signed-in resident of this browser session: the server's security domain holds the identity (principal
 * {@code resident:<id>}, role {@code resident}); this bean keeps what logout at login.gov.pl needs (NameID and
 * SessionIndex), if the resident came that way.
 */
@Named
@SessionScoped
public class ResidentSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Residents residents;

    private String nodeNameId;
    private String nodeSessionIndex;

    /**
     * Signs the request's session in as the ticket's resident: ends whatever identity the session had, logs in with the
     * one-time ticket, forgets the ticket, and gives the session a new ID (no session fixation).
     */
    public static void signIn(HttpServletRequest request, Ticket ticket, Residents residents) throws ServletException {
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.getSession(true);
            request.login(ticket.principal(), ticket.secret());
        } finally {
            residents.ticketServed(ticket);
        }
        request.changeSessionId();
        if (!request.isUserInRole(Resident.ROLE)) {
            throw new ServletException("The resident realm gave the ticket's identity no resident role");
        }
    }

    void cameThroughLoginGov(String nameId, String sessionIndex) {
        this.nodeNameId = nameId;
        this.nodeSessionIndex = sessionIndex;
    }

    void forgetLoginGov() {
        nodeNameId = null;
        nodeSessionIndex = null;
    }

    public boolean isSignedIn(HttpServletRequest request) {
        return request.isUserInRole(Resident.ROLE);
    }

    String nodeNameId() {
        return nodeNameId;
    }

    String nodeSessionIndex() {
        return nodeSessionIndex;
    }
}
