package pl.wiec.signin.web;

import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import pl.wiec.staff.boundary.StaffDirectory;
import pl.wiec.staff.entity.Roles;
import pl.wiec.web.LocalPath;
import pl.wiec.web.Texts;

/** The back-office sign-in page and the sign-out button. */
@Named
@ViewScoped
public class StaffSignIn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());
    private static final List<String> STAFF_ROLES = List.of(Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK);
    private static final String BACK_OFFICE = "/backoffice/";

    @Inject
    StaffDirectory directory;

    private String username;
    private transient String password;
    private String returnTo;

    /** Remembers the back-office page the person was sent here from, if the container forwarded them. */
    public void remember() {
        Object forwardedFrom = Faces.getRequestAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (returnTo == null && forwardedFrom instanceof String uri && isInsideBackOffice(uri)) {
            String query = (String) Faces.getRequestAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            returnTo = query == null ? uri : uri + "?" + query;
        }
    }

    public void signIn() {
        HttpServletRequest request = Faces.getRequest();
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username.trim(), password);
        } catch (ServletException | RuntimeException e) {
            if (directory.isReachable()) {
                Texts.error("signin.failed");
            } else {
                LOG.warning("Staff sign-in impossible: the staff directory does not answer");
                Texts.error("signin.directoryUnavailable");
            }
            Faces.validationFailed();
            return;
        } finally {
            password = null;
        }
        if (STAFF_ROLES.stream().noneMatch(request::isUserInRole)) {
            SignOut.of(request);
            Texts.error("signin.noRole");
            Faces.validationFailed();
            return;
        }
        request.changeSessionId();
        Faces.redirect(returnTo != null ? returnTo : request.getContextPath() + BACK_OFFICE);
    }

    public void signOut() {
        SignOut.of(Faces.getRequest());
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + "/");
    }

    private static boolean isInsideBackOffice(String uri) {
        return LocalPath.isSafe(uri, Faces.getRequestContextPath() + BACK_OFFICE);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
