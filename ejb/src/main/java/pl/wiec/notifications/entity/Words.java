package pl.wiec.notifications.entity;

import java.util.Locale;

/**
 * What a notification says about what happened, in Polish and, where there is one, in English (a status's label, a
 * phase's title); a resident's own words (an idea's title) are the same in both.
 */
public record Words(String pl, String en) {

    /** The same text whatever the language (or null). */
    public static Words same(String text) {
        return text == null ? null : new Words(text, text);
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null ? en : pl;
    }
}
