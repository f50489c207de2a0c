package pl.wiec.system.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without rendering: keeps its cookies, posts forms, does not follow redirects (so a test sees where it is
 * sent), and reads hidden fields out of the HTML it gets. One instance is one person's browser.
 */
public final class WebClient {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A browser that already holds one cookie for the given address. */
    public static WebClient withCookie(String url, String name, String value) {
        WebClient browser = new WebClient();
        HttpCookie cookie = new HttpCookie(name, value);
        URI uri = URI.create(url);
        cookie.setPath(uri.getPath());
        cookie.setVersion(0);
        browser.cookies.getCookieStore().add(uri, cookie);
        return browser;
    }

    public HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response's lines as they arrive, for a large download read without holding it whole. */
    public HttpResponse<java.util.stream.Stream<String>> getLines(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    public HttpResponse<byte[]> getBytes(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A resident's browser signed in through the demo's login.gov.pl simulator (the real SAML exchange) as one of its
     * test people ({@code helena}, {@code stefan}, ...); it ends on the profile.
     */
    public static WebClient resident(String person) throws Exception {
        WebClient browser = new WebClient();
        HttpResponse<String> start = browser.get(TestServer.url("/signin/login-gov"));
        String node = TestServer.url("/demo/login-gov");
        HttpResponse<String> picker = browser.post(node + "/login/SingleSignOnService", Map.of("SAMLRequest",
                hidden(start.body(), "SAMLRequest"), "RelayState", hidden(start.body(), "RelayState")));
        HttpResponse<String> back = browser.post(node + "/login/choose",
                Map.of("flow", hidden(picker.body(), "flow"), "person", person, "fault", "NONE", "signin", ""));
        HttpResponse<String> acs = browser.post(TestServer.url("/signin/login-gov/acs"),
                Map.of("SAMLArt", hidden(back.body(), "SAMLArt"), "RelayState", hidden(back.body(), "RelayState")));
        if (!"/account/profile.xhtml".equals(location(acs))) {
            throw new IllegalStateException("The simulator's sign-in of " + person + " ended at " + location(acs));
        }
        return browser;
    }

    /** Posts fields as {@code multipart/form-data}, as a browser sends a form that can carry files (none chosen). */
    public HttpResponse<String> postMultipart(String url, Map<String, String> form) throws Exception {
        String boundary = "----wiec" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect sends the browser: the path and query, without scheme and host if the server wrote them. */
    /** A client signed in through the staff sign-in page as the demo directory's {@code login}. */
    public static WebClient staff(String login) throws Exception {
        WebClient client = new WebClient();
        HttpResponse<String> page = client.get(TestServer.url("/backoffice/login.xhtml"));
        String action = page.body().replaceFirst("(?s).*<form id=\"signin\"[^>]*action=\"([^\"]*)\".*", "$1");
        HttpResponse<String> signedIn = client.post(TestServer.url(action),
                Map.of("signin", "signin", "username", login, "password", Staff.PASSWORD, "submit", "Zaloguj",
                        "jakarta.faces.ViewState", hidden(page.body(), "jakarta.faces.ViewState")));
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("Staff sign-in of " + login + " answered " + signedIn.statusCode());
        }
        return client;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no redirect, but HTTP " + response.statusCode() + ": " + response.body()))
                .replaceFirst("^https?://[^/]+", "");
    }

    /** The value of the first input named {@code name} in the page, unescaped. */
    public static String hidden(String html, String name) {
        Matcher inputs = INPUT.matcher(html);
        while (inputs.find()) {
            Matcher inputName = NAME.matcher(inputs.group());
            Matcher inputValue = VALUE.matcher(inputs.group());
            if (inputName.find() && inputName.group(1).equals(name) && inputValue.find()) {
                return inputValue.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                        .replace("&lt;", "<").replace("&gt;", ">");
            }
        }
        throw new AssertionError("no " + name + " in " + html);
    }
}
