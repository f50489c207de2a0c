package pl.wiec.system.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of a page as a browser would send it: its action and its fields with the values the page gave them (hidden
 * fields, text, text areas, the selected option of each list; boxes only when checked), for a test to change some
 * fields and press one button. A form of {@code multipart/form-data} is sent as one, with no file chosen.
 */
public final class HtmlForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    private final String action;
    private final boolean multipart;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private HtmlForm(String action, boolean multipart) {
        this.action = action;
        this.multipart = multipart;
    }

    /** The form with this id in the page. */
    public static HtmlForm of(String html, String id) {
        Matcher form = Pattern
                .compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form " + id + " in " + html);
        }
        String tag = form.group().substring(0, form.group().indexOf('>'));
        HtmlForm parsed = new HtmlForm(unescape(attribute(tag, "action")), tag.contains("multipart/form-data"));
        String body = form.group(1);
        Matcher inputs = INPUT.matcher(body);
        while (inputs.find()) {
            String input = inputs.group();
            String name = attribute(input, "name");
            String type = attribute(input, "type");
            type = type == null ? "text" : type.toLowerCase();
            boolean box = type.equals("checkbox") || type.equals("radio");
            if (name == null || type.equals("submit") || type.equals("button") || type.equals("file")
                    || box && !input.contains("checked")) {
                continue;
            }
            String value = attribute(input, "value");
            parsed.fields.putIfAbsent(name, value == null ? (box ? "on" : "") : unescape(value));
        }
        Matcher areas = TEXTAREA.matcher(body);
        while (areas.find()) {
            String name = attribute(areas.group(1), "name");
            if (name != null) {
                parsed.fields.put(name, unescape(areas.group(2)));
            }
        }
        Matcher selects = SELECT.matcher(body);
        while (selects.find()) {
            String name = attribute(selects.group(1), "name");
            Matcher options = OPTION.matcher(selects.group(2));
            String chosen = null;
            while (options.find()) {
                String value = attribute(options.group(), "value");
                if (chosen == null || options.group().contains("selected")) {
                    chosen = value;
                }
            }
            if (name != null && chosen != null) {
                parsed.fields.put(name, unescape(chosen));
            }
        }
        return parsed;
    }

    public HtmlForm set(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** Posts the form as if the button with this name was pressed. */
    public java.net.http.HttpResponse<String> press(WebClient client, String button) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(button, button);
        return multipart ? client.postMultipart(TestServer.url(action), sent)
                : client.post(TestServer.url(action), sent);
    }

    public Map<String, String> fields() {
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : null;
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
