package pl.wiec.platform.entity;

import java.util.Locale;

/**
 * A phrase people search for, as a case-insensitive "contains" LIKE pattern: what they type is taken literally (a
 * {@code %} or {@code _} they type is not a wildcard). Compare with {@code lower(column) like :param} followed by
 * {@link #ESCAPE}.
 */
public final class TextSearch {

    /** The escape clause that goes after each {@code like :param} using {@link #containing(String)}. */
    public static final String ESCAPE = " escape '\\'";

    private TextSearch() {
    }

    public static String containing(String phrase) {
        return "%" + phrase.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }
}
