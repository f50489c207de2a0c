package pl.wiec.staff.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

import pl.wiec.staff.entity.Roles;
import pl.wiec.staff.entity.StaffMember;

/**
 * Finds a person in the office directory by a login typed in any letter case, through the server's security domain (the
 * same LDAP realm, service account and role mapping that sign staff in): the login as the directory spells it (its
 * {@code uid} or {@code sAMAccountName}, mapped to the identity's {@code login} attribute by the server script) and the
 * Wiec roles the person's groups give. Directories compare logins without regard to case, so "TLewandowski" finds
 * "tlewandowski"; Wiec then uses the directory's spelling everywhere, so one person is one name.
 */
@ApplicationScoped
public class DirectoryPeople {

    /** The identity attribute the realm fills from the directory's login attribute. */
    static final String LOGIN = "login";
    private static final List<String> WIEC_ROLES = List.of(Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK);
    private static final int LONGEST_LOGIN = 100;

    /**
     * @throws DirectoryUnavailable
     *             when the directory does not answer
     */
    public Optional<StaffMember> find(String typed) {
        if (typed == null || typed.isBlank() || typed.strip().length() > LONGEST_LOGIN) {
            return Optional.empty();
        }
        ServerAuthenticationContext context = SecurityDomain.getCurrent().createNewAuthenticationContext();
        try {
            context.setAuthenticationName(typed.strip());
            if (!context.exists() || !context.authorize()) {
                return Optional.empty();
            }
            SecurityIdentity identity = context.getAuthorizedIdentity();
            String login = identity.getAttributes().getFirst(LOGIN);
            Set<String> roles = WIEC_ROLES.stream().filter(identity.getRoles()::contains).collect(Collectors.toSet());
            return Optional.of(new StaffMember(login == null ? typed.strip() : login, roles));
        } catch (RealmUnavailableException down) {
            throw new DirectoryUnavailable(down);
        }
    }

    /** The directory did not answer. */
    public static class DirectoryUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DirectoryUnavailable(Throwable cause) {
            super("The staff directory does not answer", cause);
        }
    }
}
