package pl.wiec.staff.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import pl.wiec.platform.control.SignInThrottle;
import pl.wiec.platform.control.SignInThrottle.Kind;
import pl.wiec.staff.control.DirectoryPeople;
import pl.wiec.staff.control.DirectoryProbe;
import pl.wiec.staff.entity.Roles;
import pl.wiec.staff.entity.StaffMember;

/**
 * What the staff sign-in page may ask about the office directory before anyone is signed in (whether it answers, how it
 * spells a login, whether sign-in is held after wrong passwords), and what staff pages ask about a colleague typed into
 * a field.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffDirectory {

    @Inject
    DirectoryProbe probe;

    @Inject
    DirectoryPeople people;

    @Inject
    SignInThrottle throttle;

    public boolean isReachable() {
        return probe.isReachable();
    }

    /**
     * The login to sign in with: as the directory spells it, whatever the case typed, so that a session, every
     * comparison of names and the audit log see one name per person; the login as typed (stripped) if the directory
     * does not know it, so that the sign-in fails as for a wrong password.
     */
    public String signInName(String typed) {
        return people.find(typed).map(StaffMember::login).orElse(typed == null ? "" : typed.strip());
    }

    /** A colleague typed into a staff field (a project's moderator, an assignee): the directory's person, if any. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK })
    public Optional<StaffMember> find(String login) {
        return people.find(login);
    }

    /** Until when staff sign-in of this login from this client is held after wrong passwords, if it is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Instant> signInHeldUntil(String login, String client) {
        return throttle.heldUntil(Kind.STAFF, login, client, Instant.now(Clock.systemUTC()));
    }

    /** Counts a wrong password; tells until when sign-in is held if this one started a hold. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Instant> signInFailed(String login, String client) {
        return throttle.failed(Kind.STAFF, login, client, Instant.now(Clock.systemUTC()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void signedIn(String login, String client) {
        throttle.succeeded(Kind.STAFF, login, client);
    }
}
