package pl.wiec.projects.entity;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text in Polish (required) and English (optional). {@link #in(Locale)} falls back to Polish, so residents who chose
 * English never see an empty place.
 */
public record LocalizedText(String pl, String en) implements Serializable {

    public LocalizedText {
        pl = trimmed(pl);
        en = trimmed(en);
    }

    public static LocalizedText polish(String pl) {
        return new LocalizedText(pl, null);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : pl;
    }

    public boolean hasPolish() {
        return pl != null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public String toString() {
        return en == null ? String.valueOf(pl) : pl + " / " + en;
    }
}
