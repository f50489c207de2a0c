package pl.wiec.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.HtmlForm;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Walks every page a role reaches by following links from its start page, and sends every form there with every text
 * field filled with what people and attackers type: far too much text with HTML and Polish letters, and nothing at all.
 * No answer may be a server error or the error page, and text sent back to a form that refused it must still be in its
 * field. A form is sent empty only where it needs a field (so that nothing other tests rely on is emptied); too much
 * text it must refuse everywhere. Buttons that delete, publish, close or sign out are not pressed (the walk must not
 * change what other tests rely on), and downloads are not followed.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
@RunAsClient
class EdgeWalkIT {

    /** Over every limit Wiec has for a single line, with markup and Polish letters in it. */
    private static final String TOO_LONG = "Zażółć gęślą jaźń <b>ŁÓDŹ</b> \"'<script>alert(1)</script> "
            + "żółw ".repeat(5_000);
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern FORM_ID = Pattern.compile("<form id=\"([^\"]+)\"[^>]*method=\"post\"");
    private static final Pattern SUBMIT = Pattern.compile("<input[^>]*type=\"submit\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
    /** Buttons whose effect other tests could feel, or that end the walk's session. */
    private static final Pattern NOT_PRESSED = Pattern.compile(
            "(?i).*(delete|remove|usun|sign.?out|logout|publish|close|discard|withdraw|merge|count|lot|reset|decide|"
                    + "admit|reject|cancel|archive|invite|revoke|hide|restore|unfollow|follow|react|like|support|cast|"
                    + "attend|register|unregister|import|rekey|finish|send|confirm|appeal|flag|report).*");
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            ".*(\\.pdf|\\.csv|\\.xlsx|\\.ics|/signin/|/demo/|/resources/|/jakarta\\.faces\\.resource/|survey-file|"
                    + "budget-file|/unsubscribe|/confirm\\.xhtml|new-password|signedOut|/api/|/openapi|logo|cover|image|"
                    + "attachment|document).*");
    private static final int MOST_PAGES = 150;
    /** A field the form needs (its empty submission must be refused, so sending it empty changes nothing). */
    private static final Pattern REQUIRED = Pattern.compile("aria-required=\"true\"");
    /** An event handler written into the markup (onclick="..."), which the Content-Security-Policy would block. */
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-z]+\\s[^>]*\\son[a-z]+=\"");

    @Deployment(testable = false)
    static EnterpriseArchive wiec() {
        return Deployments.wiec();
    }

    @ParameterizedTest
    @ValueSource(strings = { "anonymous", "resident", Staff.CLERK, Staff.ADMINISTRATOR, Staff.MODERATOR,
            Staff.PROJECT_MODERATOR })
    void noPageAndNoFormOfARoleEndsOnTheErrorPageOrLosesWhatWasTyped(String role) throws Exception {
        WebClient client = switch (role) {
        case "anonymous" -> new WebClient();
        case "resident" -> emailResident();
        default -> WebClient.staff(role);
        };
        String start = role.equals("anonymous") || role.equals("resident") ? "/" : "/backoffice/";
        List<String> problems = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start, "/account/profile.xhtml", "/signin.xhtml",
                "/register.xhtml", "/password-reset.xhtml", "/events.xhtml"));
        while (!next.isEmpty() && seen.size() < MOST_PAGES) {
            String path = next.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> page = client.get(TestServer.url(path));
            if (failed(page)) {
                problems.add("GET " + path + " → " + page.statusCode());
                continue;
            }
            if (page.statusCode() != 200) {
                continue;
            }
            if (!page.headers().firstValue("Content-Security-Policy").orElse("")
                    .matches("script-src 'self' 'nonce-[^']+';?") || INLINE_HANDLER.matcher(page.body()).find()) {
                problems.add("GET " + path + ": no Content-Security-Policy with a nonce, or an inline event handler");
            }
            Matcher links = LINK.matcher(page.body());
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!NOT_FOLLOWED.matcher(link).matches() && (link.contains(".xhtml") || link.endsWith("/"))) {
                    next.add(link);
                }
            }
            sendForms(client, path, page.body(), problems, sent);
        }
        System.out.println(role + " walked " + seen.size() + " pages and sent " + sent.size() + " forms: " + sent);
        assertEquals(List.of(), problems, role + " walked " + seen.size() + " pages: " + seen);
        assertTrue(sent.size() >= (role.equals("anonymous") ? 6 : 10), "the walk reached forms: " + sent);
    }

    @Test
    void theOpenApiDocumentAllowsNoCredentialsToOtherSites() throws Exception {
        HttpResponse<String> document = new WebClient().get(TestServer.url("/openapi"));
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("openapi:"), "the API's description");
        assertEquals(java.util.Optional.empty(), document.headers().firstValue("Access-Control-Allow-Credentials"),
                "WildFly wrote \"true\" beside \"Access-Control-Allow-Origin: *\"");
    }

    @Test
    void aFormPostingMoreFieldsThanTheServerTakesGetsThePortalsPageSayingSo() throws Exception {
        WebClient resident = WebClient.resident("stefan");
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            form.put("q-" + i, String.valueOf(i));
        }
        HttpResponse<String> posted = resident.post(TestServer.url("/project.xhtml?id=7"), form);
        assertEquals(302, posted.statusCode(), "(it was a 500 and a bare error)");
        HttpResponse<String> page = resident.get(TestServer.url(WebClient.location(posted)));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Formularz przysłał więcej pól, niż przyjmujemy (najwyżej 1000)"), page.body());
        assertTrue(page.body().contains("Strona główna"), "the portal's page, with its menu");
        StringBuilder query = new StringBuilder("/idea.xhtml?id=1");
        for (int i = 0; i < 2_000; i++) {
            query.append("&x").append(i).append('=').append(i);
        }
        HttpResponse<String> asked = new WebClient().get(TestServer.url(query.toString()));
        // no form of Wiec sends its fields in the address; Undertow's HTTP parser refuses this before Wiec sees it
        assertEquals(400, asked.statusCode(), "an address with too many parameters: refused, no server error");
    }

    private static void sendForms(WebClient client, String path, String html, List<String> problems,
            List<String> sentForms) throws Exception {
        Matcher forms = FORM_ID.matcher(html);
        List<String> ids = new ArrayList<>();
        while (forms.find()) {
            ids.add(forms.group(1));
        }
        for (String id : ids) {
            for (String typed : List.of(TOO_LONG, "")) {
                HttpResponse<String> fresh = client.get(TestServer.url(path));
                if (fresh.statusCode() != 200 || !fresh.body().contains("<form id=\"" + id + "\"")) {
                    continue;
                }
                HtmlForm form = HtmlForm.of(fresh.body(), id);
                String button = button(fresh.body(), id);
                if (button == null || typed.isEmpty() && !REQUIRED.matcher(formHtml(fresh.body(), id)).find()) {
                    // a form of optional fields only may rightly take them empty (a list emptied): not sent empty
                    continue;
                }
                List<String> filled = new ArrayList<>();
                for (Map.Entry<String, String> field : Map.copyOf(form.fields()).entrySet()) {
                    if (isTyped(fresh.body(), field.getKey())) {
                        form.set(field.getKey(), typed);
                        filled.add(field.getKey());
                    }
                }
                if (filled.isEmpty()) {
                    continue;
                }
                HttpResponse<String> sent = form.press(client, button);
                sentForms.add(path + "#" + id + (typed.isEmpty() ? " empty" : ""));
                String what = "POST " + path + " form " + id + " (" + button + ", "
                        + (typed.isEmpty() ? "empty" : "too long") + ")";
                if (failed(sent)) {
                    problems.add(what + " → " + sent.statusCode());
                } else if (!typed.isEmpty() && sent.statusCode() == 200 && sent.body().contains("field__error")
                        && !sent.body().contains("Zażółć gęślą jaźń &lt;b&gt;ŁÓDŹ&lt;/b&gt;")
                        && !sent.body().contains("Zażółć gęślą jaźń <b>ŁÓDŹ</b>")) {
                    problems.add(what + ": refused, but the text typed is gone");
                }
            }
        }
    }

    private static boolean failed(HttpResponse<String> response) {
        return response.statusCode() >= 500 || response.body().contains("<h1>Wystąpił problem</h1>")
                && response.statusCode() != 404 && response.statusCode() != 403;
    }

    /** A text field or area a person types into (not hidden, not a box, not a choice). */
    private static boolean isTyped(String html, String name) {
        Matcher input = Pattern.compile("<(input|textarea)\\b[^>]*\\sname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        if (!input.find()) {
            return false;
        }
        String tag = input.group();
        if (tag.startsWith("<textarea")) {
            return true;
        }
        Matcher type = Pattern.compile("\\stype=\"([^\"]+)\"").matcher(tag);
        String kind = type.find() ? type.group(1) : "text";
        return List.of("text", "email", "search", "url", "tel").contains(kind) && !name.contains("ViewState");
    }

    private static String formHtml(String html, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\".*?</form>", Pattern.DOTALL)
                .matcher(html);
        return form.find() ? form.group() : "";
    }

    /** The form's first button that does not delete, publish, close or sign out. */
    private static String button(String html, String formId) {
        Matcher submits = SUBMIT.matcher(formHtml(html, formId));
        while (submits.find()) {
            Matcher name = NAME.matcher(submits.group());
            if (name.find() && !NOT_PRESSED.matcher(name.group(1)).matches()) {
                return name.group(1);
            }
        }
        return null;
    }

    /** A resident with a confirmed e-mail account of their own (registered and confirmed as a person does). */
    private static WebClient emailResident() throws Exception {
        WebClient client = new WebClient();
        String email = "spacer-" + UUID.randomUUID() + "@example.org";
        HttpResponse<String> registration = client.get(TestServer.url("/register.xhtml"));
        HtmlForm.of(registration.body(), "register").set("firstName", "Spacer").set("familyName", "Krawędziowy")
                .set("email", email).set("password", "Kasztan, rower i burza")
                .set("passwordAgain", "Kasztan, rower i burza").set("privacyAcknowledged", "on")
                .press(client, "submit");
        HttpResponse<String> confirmed = client.get(MailCatcherClient.link(email, "/confirm.xhtml"));
        assertEquals(302, confirmed.statusCode(), "confirmed and signed in");
        return client;
    }
}
