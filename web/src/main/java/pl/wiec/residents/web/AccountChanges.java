package pl.wiec.residents.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.platform.boundary.EmailAddress;
import pl.wiec.residents.boundary.AccountChangeRefused;
import pl.wiec.residents.boundary.PasswordRefused;
import pl.wiec.residents.boundary.ResidentAccount;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.web.Language;
import pl.wiec.web.Texts;

/**
 * The profile's forms that change the account itself: the name (of an e-mail account; login.gov.pl's names are the
 * node's), the e-mail address (confirmed again by a link to the new one; for an account made through login.gov.pl the
 * first address, so that e-mail notifications can reach them) and the password (the current one proves it is them).
 */
@Named
@ViewScoped
public class AccountChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Residents residents;

    @Inject
    Language language;

    private ResidentAccount account;
    private String firstName;
    private String familyName;
    /** Checked on the page by the same constraint as the boundary's parameter. */
    @EmailAddress
    private String newEmail;
    private String sentTo;
    private transient String currentPassword;
    private final NewPassword newPassword = new NewPassword();

    @PostConstruct
    void load() {
        account = residents.me();
        firstName = account.firstName();
        familyName = account.familyName();
    }

    public void rename() {
        try {
            account = residents.rename(firstName, familyName);
            Texts.info("account.name.saved");
        } catch (AccountChangeRefused refused) {
            Texts.error("account.change." + refused.reason().name());
            Faces.validationFailed();
        }
    }

    public void changeEmail() {
        residents.requestEmailChange(newEmail, language.getLocale());
        sentTo = newEmail.strip();
        newEmail = null;
    }

    public void changePassword() {
        String password = newPassword.checked();
        if (password == null) {
            return;
        }
        try {
            residents.changePassword(currentPassword, password);
            newPassword.forget();
            Texts.info("account.password.saved");
        } catch (AccountChangeRefused refused) {
            Texts.fieldError("currentPassword", "account.change." + refused.reason().name());
            Faces.validationFailed();
        } catch (PasswordRefused refused) {
            newPassword.refused(refused.problem());
        } finally {
            currentPassword = null;
        }
    }

    /** E-mail accounts may change their name; login.gov.pl's names are the node's. */
    public boolean isNameEditable() {
        return account.nationalLevel() == null;
    }

    /** Accounts that sign in with a password may change it; those of login.gov.pl only have none. */
    public boolean isPasswordSet() {
        return account.hasPassword();
    }

    public ResidentAccount getAccount() {
        return account;
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

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public NewPassword getNewPassword() {
        return newPassword;
    }
}
