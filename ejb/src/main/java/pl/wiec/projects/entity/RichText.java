package pl.wiec.projects.entity;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * HTML written by staff, reduced to a safelist: paragraphs, line breaks, headings h2–h4, emphasis, lists, quotes and
 * links (http, https, mailto; they open with {@code rel="nofollow noopener"}). Scripts, styles, event handlers, frames,
 * images and forms are removed, so the result can be shown as it is.
 */
public final class RichText {

    private static final Safelist SAFELIST = Safelist.basic().addTags("h2", "h3", "h4").removeTags("span")
            .addEnforcedAttribute("a", "rel", "nofollow noopener").removeProtocols("a", "href", "ftp");

    private RichText() {
    }

    public static String sanitised(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        String clean = Jsoup.clean(html, "", SAFELIST, output).trim();
        return clean.isEmpty() ? null : clean;
    }
}
