package pl.wiec.residents.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;

import org.omnifaces.util.Faces;

import pl.wiec.residents.boundary.PasswordRule;
import pl.wiec.residents.boundary.PasswordRule.Problem;
import pl.wiec.web.Fields;
import pl.wiec.web.Texts;

/**
 * A new password typed twice (fields {@code password} and {@code passwordAgain} of
 * {@code /WEB-INF/includes/password-fields.xhtml}), checked by the one rule of residents' passwords
 * ({@link PasswordRule}: 12 to 200 characters, not guessable, the reason said beside the field), the same twice. Never
 * rendered back, never serialised with the view; a password that kept the rule is kept while the page is open, so that
 * another field's problem does not make the person type it again.
 */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String KEY = "password.problem.";

    private transient String kept;

    /**
     * Checks the two fields while the page's other fields are checked, so that every problem of the form is named at
     * once ({@code f:event type="postValidate"} on {@code passwordAgain}). The person's names and address, where the
     * form has them ({@code firstName}, {@code familyName}, {@code email}), are what a password must not be made of.
     */
    public void validate(ComponentSystemEvent event) {
        UIInput again = (UIInput) event.getComponent();
        UIInput first = (UIInput) again.findComponent("password");
        String typed = (String) first.getValue();
        String typedAgain = (String) again.getValue();
        if (isEmpty(typed) && isEmpty(typedAgain) && kept != null || !first.isValid() || !again.isValid()) {
            return;
        }
        kept = null;
        Optional<Problem> problem = PasswordRule.problem(typed, personal(again));
        FacesContext context = event.getFacesContext();
        if (problem.isPresent()) {
            Fields.invalid(context, first, Texts.text(KEY + problem.get().name(), PasswordRule.MINIMUM));
        } else if (!typed.equals(typedAgain)) {
            Fields.invalid(context, again, Texts.text("password.mismatch"));
        } else {
            kept = typed;
        }
    }

    /** The password that passed {@link #validate} on this page (the action runs only when it did). */
    String checked() {
        return kept;
    }

    private static List<String> personal(UIComponent form) {
        List<String> personal = new ArrayList<>();
        for (String id : List.of("firstName", "familyName", "email")) {
            if (form.findComponent(id) instanceof UIInput input && input.getValue() instanceof String value) {
                personal.add(value);
            }
        }
        return personal;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    /** Says why the boundary refused the password, beside its field; the password is no longer kept. */
    void refused(Problem problem) {
        kept = null;
        Texts.fieldError("password", KEY + problem.name(), PasswordRule.MINIMUM);
        Faces.validationFailed();
    }

    void forget() {
        kept = null;
    }

    /** Whether a password that keeps the rule was typed already: the fields may then stay empty. */
    public boolean isKept() {
        return kept != null;
    }

    public int getMinimum() {
        return PasswordRule.MINIMUM;
    }

    /** The fields are never written back into the page; what was typed is read from them by {@link #validate}. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        // read in validate(), from the field itself
    }

    public String getPasswordAgain() {
        return null;
    }

    public void setPasswordAgain(String passwordAgain) {
        // read in validate(), from the field itself
    }
}
