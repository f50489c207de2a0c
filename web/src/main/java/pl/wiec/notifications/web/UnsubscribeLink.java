package pl.wiec.notifications.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.notifications.boundary.Notifications;

/**
 * {@code /unsubscribe?token=}, the address every notification e-mail carries (in its text and its
 * {@code List-Unsubscribe} header). A GET (a person clicking, or a mail scanner following the link) only leads to the
 * page that asks, {@code unsubscribe.xhtml}; a POST of {@code List-Unsubscribe=One-Click} is a mail client's one-click
 * unsubscribe (RFC 8058, announced by {@code List-Unsubscribe-Post}) and turns that kind of e-mail off at once.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean done = notifications.unsubscribe(request.getParameter("token")).isPresent();
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(done ? "Unsubscribed." : "Unknown link.");
    }
}
