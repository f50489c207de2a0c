package pl.wiec.signin.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.residents.boundary.IdentityAlreadyUsed;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.VerifiedPerson;
import pl.wiec.signin.boundary.SignInState;
import pl.wiec.signin.entity.PendingSignIn;
import pl.wiec.signin.saml.NationalIdentity;
import pl.wiec.signin.saml.SamlRejected;
import pl.wiec.signin.saml.SamlRejected.Reason;

/**
 * The assertion consumer service: login.gov.pl's browser POST with {@code SAMLArt} and {@code RelayState}. Finds the
 * pending request by RelayState (once), checks that the browser is the one that started it, uses the artifact, the
 * request ID and the assertion ID once each, resolves the artifact at the node and checks the answer, then signs the
 * resident in with a new session ID. Every refusal is logged with its reason and no personal data, and the person is
 * sent to the sign-in page with a message for that reason.
 */
@WebServlet(LoginGov.ACS_PATH)
public class LoginGovAcs extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginGovAcs.class.getName());
    private static final int MAX_ARTIFACT = 200;

    @Inject
    LoginGov loginGov;

    @Inject
    SignInState state;

    @Inject
    Residents residents;

    @Inject
    ResidentSession session;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!loginGov.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Instant now = Instant.now(Clock.systemUTC());
        Optional<PendingSignIn> pending = state.take(request.getParameter("RelayState"));
        response.addCookie(LoginGovStart.bindingCookie(request, "", 0));
        try {
            if (pending.isEmpty()) {
                throw new SamlRejected(Reason.UNKNOWN_REQUEST, "no pending sign-in for this RelayState");
            }
            PendingSignIn started = pending.get();
            if (!started.browserBinding().equals(bindingOf(request))) {
                throw new SamlRejected(Reason.OTHER_BROWSER, "the binding cookie is missing or another one");
            }
            String artifact = request.getParameter("SAMLArt");
            if (artifact == null || artifact.isBlank() || artifact.length() > MAX_ARTIFACT) {
                throw new SamlRejected(Reason.MALFORMED, "no usable SAMLArt");
            }
            Instant keepUntil = now.plus(SignInState.PENDING_FOR);
            if (!state.useOnce("artifact", Secrets.sha256(artifact), keepUntil)
                    || !state.useOnce("request", started.requestId(), keepUntil)) {
                throw new SamlRejected(Reason.REPLAYED, "artifact or AuthnRequest ID used before");
            }
            NationalIdentity identity = loginGov.complete(artifact.trim(), started.requestId());
            if (!state.useOnce("assertion", identity.assertionId(), identity.validUntil().plus(LoginGov.CLOCK_SKEW))) {
                throw new SamlRejected(Reason.REPLAYED, "assertion ID used before");
            }
            Ticket ticket = residents.signInNationally(new VerifiedPerson(identity.pesel(), identity.firstName(),
                    identity.familyName(), identity.dateOfBirth(), identity.level()), started.linkResidentId());
            ResidentSession.signIn(request, ticket, residents);
            session.cameThroughLoginGov(identity.nameId(), identity.sessionIndex());
            LOG.info(() -> "login.gov.pl sign-in accepted for " + ticket.principal() + " at " + identity.level());
            String profile = request.getContextPath() + "/account/profile.xhtml";
            if (started.linkResidentId() != null) {
                redirect(response, profile + "?linked=true");
            } else {
                redirect(response, started.returnTo() != null ? started.returnTo() : profile);
            }
        } catch (SamlRejected e) {
            LOG.warning("login.gov.pl sign-in refused: " + e.getMessage());
            failed(request, response, e.reason().name(), pending);
        } catch (IdentityAlreadyUsed e) {
            LOG.warning("login.gov.pl identity not linked: it belongs to another account");
            failed(request, response, "IDENTITY_USED", pending);
        } catch (ServletException | EJBException e) {
            LOG.warning("login.gov.pl sign-in failed after validation: " + e.getClass().getSimpleName());
            failed(request, response, "INTERNAL", pending);
        }
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, String code,
            Optional<PendingSignIn> pending) throws IOException {
        String page = pending.map(PendingSignIn::linkResidentId).isPresent() ? "/account/profile.xhtml"
                : "/signin.xhtml";
        redirect(response, request.getContextPath() + page + "?loginGovError=" + code);
    }

    /** 303: the browser follows with a GET, and a reload never re-posts the artifact. */
    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static String bindingOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? ""
                : Arrays.stream(cookies).filter(cookie -> LoginGovStart.BINDING_COOKIE.equals(cookie.getName()))
                        .map(cookie -> Secrets.sha256(cookie.getValue())).findFirst().orElse("");
    }
}
