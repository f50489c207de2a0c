package pl.wiec.residents.web;

import java.io.Serializable;

import jakarta.faces.component.UIInput;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.platform.boundary.EmailAddress;
import pl.wiec.residents.boundary.PasswordRefused;
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
    /** Checked on the page by the same constraint as the boundary's parameter. */
    @EmailAddress
    private String email;
    private final NewPassword newPassword = new NewPassword();
    private boolean privacyAcknowledged;
    private String sentTo;

    public void register() {
        String password = newPassword.checked();
        if (password == null) {
            return;
        }
        try {
            residents.register(firstName, familyName, email, password, language.getLocale());
        } catch (PasswordRefused refused) {
            newPassword.refused(refused.problem());
            return;
        }
        sentTo = email.trim();
        newPassword.forget();
    }

    /** The information clause must be acknowledged; said with the form's other problems, beside the box. */
    public void validatePrivacy(ComponentSystemEvent event) {
        UIInput box = (UIInput) event.getComponent();
        if (!Boolean.TRUE.equals(box.getValue())) {
            box.setValid(false);
            Texts.fieldError(box.getClientId(), "register.privacyRequired");
            Faces.validationFailed();
        }
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
