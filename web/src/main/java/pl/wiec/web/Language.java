package pl.wiec.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

/**
 * The language a person reads Wiec in: Polish unless they chose English with the switch in the header. The choice lasts
 * for their session, and a signed-in resident's choice is kept on their account (notifications and e-mails follow it);
 * the switch is a POST form, so no link can change it behind their back.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(POLISH, ENGLISH);

    private Locale locale = POLISH;

    @jakarta.inject.Inject
    pl.wiec.residents.boundary.Residents residents;

    public Locale getLocale() {
        return locale;
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches to the given language and shows the same page again. */
    public void change(String languageTag) {
        Locale chosen = Locale.forLanguageTag(languageTag);
        if (SUPPORTED.contains(chosen)) {
            locale = chosen;
            if (Faces.getRequest().isUserInRole(pl.wiec.residents.entity.Resident.ROLE)) {
                residents.speak(chosen);
            }
        }
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }
}
