package pl.wiec.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

/** One field of a form found wrong after the page's own checks: its message beside it, what was typed still in it. */
public final class Fields {

    private Fields() {
    }

    /**
     * Marks the field invalid (so it is announced as such) with this message, keeping in it what it shows: an invalid
     * field shows what was submitted, and once the form's values reached the bean that is the bean's value again.
     */
    public static void invalid(FacesContext context, UIInput input, String text) {
        keepShown(context, input);
        input.setValid(false);
        context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static void keepShown(FacesContext context, UIInput input) {
        Object value = input.getValue();
        @SuppressWarnings("unchecked")
        Converter<Object> converter = input.getConverter();
        if (input.getSubmittedValue() != null || value == null) {
            return;
        }
        if (value instanceof String text) {
            input.setSubmittedValue(text);
        } else if (converter != null) {
            input.setSubmittedValue(converter.getAsString(context, input, value));
        }
    }
}
