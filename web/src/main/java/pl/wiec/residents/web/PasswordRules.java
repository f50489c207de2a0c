package pl.wiec.residents.web;

import org.omnifaces.util.Faces;

import pl.wiec.web.Texts;

/** The one password rule of residents' accounts, said beside the field that breaks it: long enough, typed twice. */
final class PasswordRules {

    private PasswordRules() {
    }

    static boolean check(String passwordField, String password, String againField, String again) {
        if (password == null || password.length() < Registration.MINIMUM_PASSWORD) {
            Texts.fieldError(passwordField, "password.tooShort", Registration.MINIMUM_PASSWORD);
        } else if (password.length() > 200) {
            Texts.fieldError(passwordField, "password.tooLong");
        } else if (!password.equals(again)) {
            Texts.fieldError(againField, "password.mismatch");
        } else {
            return true;
        }
        Faces.validationFailed();
        return false;
    }
}
