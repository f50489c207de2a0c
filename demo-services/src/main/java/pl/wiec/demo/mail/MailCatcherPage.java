package pl.wiec.demo.mail;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import pl.wiec.demo.Loopback;
import pl.wiec.demo.Markup;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the mail catcher received: {@code /demo/mail} as an accessible page, newest first, {@code /demo/mail.json}
 * (optionally {@code ?to=address}) for tests; {@code POST /demo/mail} empties the mailbox. Answers callers on loopback
 * only.
 */
@WebServlet({ "/mail", "/mail.json" })
public class MailCatcherPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Warsaw"));

    @Inject
    MailCatcher catcher;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Loopback.allows(request, response)) {
            return;
        }
        String to = request.getParameter("to");
        List<CaughtMail> mails = catcher.received().stream()
                .filter(mail -> to == null || mail.to().stream().anyMatch(to::equalsIgnoreCase)).toList();
        if (request.getServletPath().endsWith(".json")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            try (Jsonb jsonb = JsonbBuilder.create()) {
                jsonb.toJson(mails, response.getWriter());
            } catch (Exception e) {
                throw new IOException(e);
            }
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Skrzynka demo (mail catcher) — Wiec</title></head><body><main>"
                + "<h1>Skrzynka demo: wiadomości wysłane przez Wiec</h1>"
                + "<p>Serwer demo nie wysyła poczty na zewnątrz; wszystko, co wysłał, jest tutaj.</p>");
        if (mails.isEmpty()) {
            out.println("<p>Brak wiadomości.</p>");
        }
        for (int i = mails.size() - 1; i >= 0; i--) {
            CaughtMail mail = mails.get(i);
            out.println(
                    "<article aria-labelledby=\"mail-" + i + "\"><h2 id=\"mail-" + i + "\">"
                            + Markup.escape(mail.subject()) + "</h2><dl><dt>Od</dt><dd>" + Markup.escape(mail.from())
                            + "</dd><dt>Do</dt><dd>" + Markup.escape(String.join(", ", mail.to()))
                            + "</dd><dt>Wysłano</dt><dd>" + (mail.sent() == null ? "" : WHEN.format(mail.sent()))
                            + "</dd></dl><pre>" + Markup.escape(mail.text()) + "</pre>"
                            + (mail.attachments().isEmpty() ? "" : "<p>Załączniki: "
                                    + Markup.escape(String.join(", ",
                                            mail.attachments().stream()
                                                    .map(file -> file.name() + " (" + file.type() + ")").toList()))
                                    + "</p>")
                            + "</article>");
        }
        out.println("</main></body></html>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Loopback.allows(request, response)) {
            return;
        }
        catcher.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

}
