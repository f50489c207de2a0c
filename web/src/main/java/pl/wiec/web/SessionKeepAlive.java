package pl.wiec.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a person's session while they write in a form ({@code form-drafts.js} calls it every ten minutes after they
 * typed, for at most four hours): a long idea or budget project is not lost to the 30-minute session timeout. It only
 * touches a session that exists, never makes one, and answers nothing.
 */
@WebServlet("/session/keep-alive")
public class SessionKeepAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(false);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
