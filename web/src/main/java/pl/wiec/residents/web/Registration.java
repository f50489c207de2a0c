package pl.wiec.residents.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.residents.boundary.Residents;
import pl.wiec.web.Language;
import pl.wiec.web.Texts;

/**
 * Registration of an e-mail account: names, address, a {@link NewPassword} and the information clause acknowledged.
 * Ends in "check your mailbox" whether or not the address had an account already.
 */
@Named
@ViewScoped
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Residents residents;

    @Inject
    Language language;

    private String firstName;
    private String familyName;
    private String email;
    private final NewPassword newPassword = new NewPassword();
    private boolean privacyAcknowledged;
    private String sentTo;

    public void register() {
        String password = newPassword.checked();
        if (password == null) {
            return;
        }
        if (!privacyAcknowledged) {
            Texts.fieldError("privacyAcknowledged", "register.privacyRequired");
            Faces.validationFailed();
            return;
        }
        residents.register(firstName, familyName, email, password, language.getLocale());
        sentTo = email.trim();
        newPassword.forget();
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }

    public boolean isPrivacyAcknowledged() {
        return privacyAcknowledged;
    }

    public void setPrivacyAcknowledged(boolean privacyAcknowledged) {
        this.privacyAcknowledged = privacyAcknowledged;
    }
}
