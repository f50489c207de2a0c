package pl.wiec.system.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the demo mail catcher received for one address, waiting a little for mail sent after a commit. */
public final class MailCatcherClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailCatcherClient() {
    }

    /** The JSON of all mails to the address, newest first. */
    public static String mailsTo(String address) throws Exception {
        return HTTP.send(HttpRequest
                .newBuilder(URI.create(
                        TestServer.url("/demo/mail.json?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * The newest link to {@code page} (e.g. {@code /confirm.xhtml}) in mail to the address; waits up to 20 seconds for
     * it, since mail goes out after the transaction and outside the request.
     */
    public static String link(String address, String page) throws Exception {
        Pattern link = Pattern.compile("https?://[^\\s\"\\\\]+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+");
        for (int attempt = 0; attempt < 80; attempt++) {
            Matcher matcher = link.matcher(mailsTo(address));
            if (matcher.find()) {
                return matcher.group();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail with a link to " + page + " arrived for " + address);
    }

    /**
     * The bytes of the newest attachment named {@code name} in mail to the address; waits up to 20 seconds for it.
     */
    public static byte[] attachment(String address, String name) throws Exception {
        Pattern file = Pattern.compile("\\{\"base64\":\"([A-Za-z0-9+/=]+)\",\"name\":\"" + Pattern.quote(name) + "\"");
        for (int attempt = 0; attempt < 80; attempt++) {
            Matcher matcher = file.matcher(mailsTo(address));
            if (matcher.find()) {
                return java.util.Base64.getDecoder().decode(matcher.group(1));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail with the attachment " + name + " arrived for " + address);
    }

    /**
     * Waits up to {@code seconds} for mail to the address containing the text (as the JSON has it), e.g. a notification
     * that timers send (the notifying timer and the outbox each run every minute).
     */
    public static String waitFor(String address, String text, int seconds) throws Exception {
        for (int attempt = 0; attempt < seconds * 4; attempt++) {
            String mails = mailsTo(address);
            if (mails.contains(text)) {
                return mails;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No mail containing " + text + " arrived for " + address + ": " + mailsTo(address));
    }

    /** How many mails the address received so far. */
    public static int count(String address) throws Exception {
        return mailsTo(address).split("\"subject\"", -1).length - 1;
    }
}
