package pl.wiec.signin.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
import pl.wiec.web.Dates;
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

    /**
     * Signs in with the login as the directory spells it (see {@link StaffDirectory#signInName}); five wrong passwords
     * for a login from one client within 15 minutes hold its sign-in from there for 15 minutes. This page is the only
     * way staff sign in: the container's own form address ({@code j_security_check}) answers 404.
     */
    public void signIn() {
        HttpServletRequest request = Faces.getRequest();
        String client = request.getRemoteAddr();
        String typed = username.strip();
        try {
            Optional<Instant> held = directory.signInHeldUntil(typed, client);
            if (held.isPresent()) {
                refuse("signin.held", time(held.get()));
                return;
            }
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(directory.signInName(typed), password);
        } catch (ServletException | RuntimeException e) {
            if (directory.isReachable()) {
                Optional<Instant> held = directory.signInFailed(typed, client);
                LOG.info("A staff sign-in failed: wrong login or password");
                refuse(held.isPresent() ? "signin.held" : "signin.failed", held.map(StaffSignIn::time).orElse(""));
            } else {
                LOG.warning("Staff sign-in impossible: the staff directory does not answer");
                refuse("signin.directoryUnavailable", "");
            }
            return;
        } finally {
            password = null;
        }
        directory.signedIn(typed, client);
        if (STAFF_ROLES.stream().noneMatch(request::isUserInRole)) {
            SignOut.of(request);
            refuse("signin.noRole", "");
            return;
        }
        request.changeSessionId();
        Faces.redirect(returnTo != null ? returnTo : request.getContextPath() + BACK_OFFICE);
    }

    private static void refuse(String key, String time) {
        if (time.isEmpty()) {
            Texts.error(key);
        } else {
            Texts.error(key, time);
        }
        Faces.validationFailed();
    }

    private static String time(Instant instant) {
        return Dates.timeOfDay(instant, Faces.getLocale());
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
