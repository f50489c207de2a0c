package pl.wiec.demo.directory;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.unboundid.ldap.sdk.LDAPException;

import pl.wiec.demo.Loopback;

/**
 * The tests' fault switch for the directory: {@code POST /demo/directory?listening=false} takes it down,
 * {@code listening=true} brings it back, {@code GET} tells its state. Answers callers on loopback only.
 */
@WebServlet("/directory")
public class DirectorySwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DemoDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Loopback.allows(request, response)) {
            return;
        }
        response.setContentType("text/plain");
        response.getWriter().print(directory.isListening() ? "listening" : "suspended");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!Loopback.allows(request, response)) {
            return;
        }
        try {
            if (Boolean.parseBoolean(request.getParameter("listening"))) {
                directory.resume();
            } else {
                directory.suspend();
            }
        } catch (LDAPException e) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The directory did not start");
            return;
        }
        doGet(request, response);
    }

}
