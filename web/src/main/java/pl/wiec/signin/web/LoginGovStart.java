package pl.wiec.signin.web;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.residents.control.Secrets;
import pl.wiec.residents.entity.Resident;
import pl.wiec.signin.boundary.SignInState;
import pl.wiec.web.Language;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/**
 * Starts a sign-in through login.gov.pl: {@code GET /signin/login-gov[?returnTo=/path][&link=true]} remembers a new
 * signed AuthnRequest under a fresh RelayState, binds it to this browser with a cookie, and sends the browser to the
 * node with the HTTP-POST binding (an auto-submitting form, with a button where scripts are off). With {@code link}, a
 * signed-in resident links their national identity to their account.
 */
@WebServlet(LoginGovStart.PATH)
public class LoginGovStart extends HttpServlet {

    static final String PATH = "/signin/login-gov";
    static final String BINDING_COOKIE = "wiec_login_gov";
    private static final long serialVersionUID = 1L;

    @Inject
    LoginGov loginGov;

    @Inject
    SignInState state;

    @Inject
    Language language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!loginGov.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean link = "true".equals(request.getParameter("link"));
        if (link && !request.isUserInRole(Resident.ROLE)) {
            response.sendRedirect(request.getContextPath() + "/signin.xhtml");
            return;
        }
        String returnTo = LocalPath.residentReturn(request.getParameter("returnTo"), request.getContextPath());
        String binding = Secrets.token();
        LoginGov.Started started = loginGov.start();
        String relayState = state.begin(started.requestId(), returnTo, link, Secrets.sha256(binding));
        response.addCookie(bindingCookie(request, binding, (int) SignInState.PENDING_FOR.toSeconds()));

        ResourceBundle texts = ResourceBundle.getBundle(Texts.BUNDLE, language.getLocale());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // The one script of the page (it sends the form on) runs by its nonce; no other script can.
        String nonce = UUID.randomUUID().toString();
        response.setHeader("Content-Security-Policy", "script-src 'nonce-" + nonce + "'");
        response.getWriter().print("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8">\
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>\
                <body><main><h1>%s</h1><form id="to-node" method="post" action="%s">\
                <input type="hidden" name="SAMLRequest" value="%s"><input type="hidden" name="RelayState" value="%s">\
                <p>%s</p><button type="submit">%s</button></form></main>\
                <script nonce="%s">document.getElementById('to-node').submit();</script></body></html>""".formatted(
                language.getLocale().getLanguage(), escape(texts.getString("loginGov.redirect.title")),
                escape(texts.getString("loginGov.redirect.title")), escape(started.destination()),
                started.samlRequest(), relayState, escape(texts.getString("loginGov.redirect.text")),
                escape(texts.getString("loginGov.redirect.button")), nonce));
    }

    /**
     * The cookie that ties the node's answer to this browser. The answer comes as a cross-site POST, so over HTTPS the
     * cookie is SameSite=None and Secure; over plain HTTP (the demo, where the simulator is on the same site) Lax.
     */
    static Cookie bindingCookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(BINDING_COOKIE, value);
        cookie.setPath(request.getContextPath() + PATH);
        cookie.setHttpOnly(true);
        cookie.setMaxAge(maxAge);
        if (request.isSecure()) {
            cookie.setSecure(true);
            cookie.setAttribute("SameSite", "None");
        } else {
            cookie.setAttribute("SameSite", "Lax");
        }
        return cookie;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
