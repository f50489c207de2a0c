package pl.wiec.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.omnifaces.util.Beans;

/** The user-facing texts of the web module, in the language of the current view. */
public final class Texts {

    public static final String BUNDLE = "pl.wiec.web.messages";

    private Texts() {
    }

    /**
     * The text in the person's chosen language. That is the session's {@link Language}, not the view's locale: a
     * message added before the view renders (a view action) would otherwise follow the browser's Accept-Language.
     */
    public static String text(String key, Object... arguments) {
        return in(Beans.getReference(Language.class).getLocale(), key, arguments);
    }

    /** The text in the given language (for what is always in one, like printed forms in Polish). */
    public static String in(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error whose text is already in the person's language (composed elsewhere, e.g. by Refusals). */
    public static void errorText(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** An error tied to one field, so that it is announced with that field and shown beside it. */
    public static void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Text made safe inside an HTML attribute's double quotes. */
    public static String attribute(String text) {
        return text == null ? ""
                : text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
