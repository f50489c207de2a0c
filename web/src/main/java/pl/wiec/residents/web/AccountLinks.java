package pl.wiec.residents.web;

import java.io.Serializable;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;

import org.omnifaces.util.Faces;

import pl.wiec.residents.boundary.PasswordRefused;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.signin.web.ResidentSession;
import pl.wiec.web.Language;
import pl.wiec.web.Texts;

/**
 * The pages behind the links residents get by e-mail: address confirmation (which signs them in) and password reset
 * (asking for a link, then setting the new password, which signs them in too).
 */
@Named
@ViewScoped
public class AccountLinks implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountLinks.class.getName());

    @Inject
    Residents residents;

    @Inject
    Language language;

    private String token;
    private String email;
    private String confirmedEmail;
    private boolean resetRequested;
    private boolean linkValid;
    private final NewPassword newPassword = new NewPassword();

    /** confirm.xhtml: confirms and signs in, or says the link is no good. */
    public void confirm() {
        Optional<Ticket> ticket = residents.confirmEmail(token);
        if (ticket.isEmpty()) {
            Texts.error("confirm.invalid");
            return;
        }
        signInAndGo(ticket.get(), "confirm.done");
    }

    /** email-confirm.xhtml: the link sent to a new address makes it the account's, or says the link is no good. */
    public void confirmNewEmail() {
        Optional<String> address = residents.confirmEmailChange(token);
        if (address.isEmpty()) {
            Texts.error("emailConfirm.invalid");
            return;
        }
        confirmedEmail = address.get();
    }

    public String getConfirmedEmail() {
        return confirmedEmail;
    }

    /** password-reset.xhtml: sends a link if the address has an account; says the same either way. */
    public void requestReset() {
        residents.requestPasswordReset(email, language.getLocale());
        resetRequested = true;
    }

    /** new-password.xhtml, on first display: whether the link can still be used. */
    public void checkResetLink() {
        linkValid = residents.isResetLinkValid(token);
        if (!linkValid) {
            Texts.error("newPassword.invalid");
        }
    }

    public void setNewPassword() {
        String password = newPassword.checked();
        if (password == null) {
            return;
        }
        Optional<Ticket> ticket;
        try {
            ticket = residents.resetPassword(token, password);
        } catch (PasswordRefused refused) {
            newPassword.refused(refused.problem());
            return;
        }
        newPassword.forget();
        if (ticket.isEmpty()) {
            linkValid = false;
            Texts.error("newPassword.invalid");
            return;
        }
        signInAndGo(ticket.get(), "newPassword.done");
    }

    private void signInAndGo(Ticket ticket, String doneKey) {
        try {
            ResidentSession.signIn(Faces.getRequest(), ticket, residents);
        } catch (ServletException e) {
            LOG.warning("A resident's ticket was not accepted by the resident realm: " + e.getMessage());
            Texts.error("error.general");
            return;
        }
        Texts.info(doneKey);
        Faces.getFlash().setKeepMessages(true);
        Faces.redirect(Faces.getRequestContextPath() + "/account/profile.xhtml");
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isResetRequested() {
        return resetRequested;
    }

    public boolean isLinkValid() {
        return linkValid;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
