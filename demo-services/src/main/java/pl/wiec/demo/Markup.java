package pl.wiec.demo;

/** Escaping for the HTML pages and XML messages the demo services write by hand. */
public final class Markup {

    private Markup() {
    }

    /** The text as safe content of an element or a quoted attribute; {@code null} becomes empty. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
