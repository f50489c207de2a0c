package pl.wiec.system.support;

import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import pl.wiec.residents.boundary.Ticket;

/**
 * Runs code inside the server as a member of the demo office directory, authenticated by the real "wiec" security
 * domain (a bind to the directory), as the staff sign-in page would.
 */
public final class Staff {

    public static final String PASSWORD = "Wiec-demo-2026";
    public static final String ADMINISTRATOR = "anowak";
    public static final String CLERK = "jkowalski";
    public static final String MODERATOR = "pzielinski";
    /** A moderator assigned (by the demo data) to project 1 only. */
    public static final String PROJECT_MODERATOR = "tlewandowski";
    public static final String NO_WIEC_ROLE = "kwojcik";

    private Staff() {
    }

    public static <T> T as(String login, Callable<T> work) throws Exception {
        return as(login, PASSWORD, work);
    }

    /**
     * Runs code as a resident, signed in to the same security domain with the one-time ticket Wiec issued, as the web
     * module does after a sign-in.
     */
    public static <T> T asResident(Ticket ticket, Callable<T> work) throws Exception {
        return as(ticket.principal(), ticket.secret(), work);
    }

    private static <T> T as(String name, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent().authenticate(name,
                new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
    }

    public static void as(String login, ThrowingRunnable work) throws Exception {
        as(login, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
