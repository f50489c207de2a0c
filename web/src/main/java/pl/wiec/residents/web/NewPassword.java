package pl.wiec.residents.web;

import java.io.Serializable;

import org.omnifaces.util.Faces;

import pl.wiec.web.Texts;

/**
 * A new password typed twice (fields {@code password} and {@code passwordAgain} of
 * {@code /WEB-INF/includes/password-fields.xhtml}), checked by the one rule of residents' passwords: at least
 * {@value #MINIMUM} characters, the same twice. Never rendered back, never serialised with the view.
 */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MINIMUM = 10;
    static final int MAXIMUM = 200;

    private transient String password;
    private transient String passwordAgain;

    /** The password if it keeps the rule; otherwise null, with the reason said beside the field that breaks it. */
    String checked() {
        if (password == null || password.length() < MINIMUM) {
            Texts.fieldError("password", "password.tooShort", MINIMUM);
        } else if (password.length() > MAXIMUM) {
            Texts.fieldError("password", "password.tooLong");
        } else if (!password.equals(passwordAgain)) {
            Texts.fieldError("passwordAgain", "password.mismatch");
        } else {
            return password;
        }
        Faces.validationFailed();
        return null;
    }

    void forget() {
        password = null;
        passwordAgain = null;
    }

    public int getMinimum() {
        return MINIMUM;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return null;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
