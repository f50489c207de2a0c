package pl.wiec.staff.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The logins as the directory spells them, each of a person who holds one of the roles.
     *
     * @throws NotStaff
     *             naming every login the directory does not know or whose person holds none of the roles
     */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK })
    public Set<String> holders(Collection<String> logins, String... roles) {
        Set<String> found = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> withoutRole = new ArrayList<>();
        for (String login : logins) {
            Optional<StaffMember> member = people.find(login);
            if (member.isEmpty()) {
                unknown.add(login.strip());
            } else if (Arrays.stream(roles).noneMatch(member.get()::holds)) {
                withoutRole.add(member.get().login());
            } else {
                found.add(member.get().login());
            }
        }
        if (!unknown.isEmpty() || !withoutRole.isEmpty()) {
            throw new NotStaff(unknown, withoutRole);
        }
        return found;
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
