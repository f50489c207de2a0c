package pl.wiec.signin.web;

import java.io.Serializable;
import java.util.logging.Logger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import pl.wiec.residents.boundary.PasswordSignIn;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.web.Dates;
import pl.wiec.web.Language;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/** The residents' sign-in page: login.gov.pl, or e-mail and password; and the resident's sign-out. */
@Named
@ViewScoped
public class ResidentSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResidentSignIn.class.getName());

    @Inject
    Residents residents;

    @Inject
    LoginGov loginGov;

    @Inject
    ResidentSession session;

    @Inject
    Language language;

    private String email;
    private transient String password;
    private String returnTo;
    private String loginGovError;

    /** Shows why a login.gov.pl sign-in did not succeed, when the ACS sent the person back here. */
    public void explain() {
        if (loginGovError != null) {
            Texts.error(loginGovErrorKey(loginGovError));
        }
        returnTo = LocalPath.residentReturn(returnTo, Faces.getRequestContextPath());
    }

    /** The message for a refusal code of the ACS; the reasons a person can act on have their own. */
    public static String loginGovErrorKey(String code) {
        return switch (code) {
        case "CANCELLED", "NOT_AUTHENTICATED", "LEVEL_TOO_LOW", "UNKNOWN_REQUEST", "OTHER_BROWSER", "OUTSIDE_VALIDITY", "NODE_UNREACHABLE", "IDENTITY_USED", "BAD_ATTRIBUTE" -> "loginGov.error."
                + code;
        default -> "loginGov.error.REFUSED";
        };
    }

    public void signIn() {
        PasswordSignIn outcome = residents.signInWithPassword(email, password, Faces.getRemoteAddr(),
                language.getLocale());
        password = null;
        if (outcome instanceof PasswordSignIn.Accepted accepted) {
            try {
                ResidentSession.signIn(Faces.getRequest(), accepted.ticket(), residents);
            } catch (ServletException e) {
                LOG.warning("A resident's ticket was not accepted by the resident realm: " + e.getMessage());
                Texts.error("error.general");
                Faces.validationFailed();
                return;
            }
            Faces.redirect(returnTo != null ? returnTo : Faces.getRequestContextPath() + "/account/profile.xhtml");
            return;
        }
        if (outcome instanceof PasswordSignIn.Held held) {
            Texts.error("residentSignIn.held", Dates.timeOfDay(held.until(), language.getLocale()));
        } else if (outcome instanceof PasswordSignIn.Unconfirmed) {
            Texts.error("residentSignIn.unconfirmed");
        } else {
            Texts.error("residentSignIn.failed");
        }
        Faces.validationFailed();
    }

    /** Signs the resident out here and, if they came through login.gov.pl, at the node too. */
    public void signOut() {
        HttpServletRequest request = Faces.getRequest();
        if (session.nodeNameId() != null && loginGov.isEnabled()) {
            boolean confirmed = loginGov.logout(session.nodeNameId(), session.nodeSessionIndex());
            LOG.info(confirmed ? "login.gov.pl confirmed the logout" : "login.gov.pl did not confirm the logout");
            session.forgetLoginGov();
        }
        SignOut.of(request);
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/?signedOut=true");
    }

    public boolean isLoginGovEnabled() {
        return loginGov.isEnabled();
    }

    public String getLoginGovUrl() {
        String url = Faces.getRequestContextPath() + LoginGovStart.PATH;
        return returnTo == null ? url
                : url + "?returnTo=" + java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getLoginGovError() {
        return loginGovError;
    }

    public void setLoginGovError(String loginGovError) {
        this.loginGovError = loginGovError;
    }
}
