package pl.wiec.staff.boundary;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Logins typed into a staff field (a project's moderators, an idea's assignee) that the office directory does not know,
 * or whose people lack the role the field needs; nothing was changed.
 */
@ApplicationException(rollback = true)
public class NotStaff extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> unknown;
    private final List<String> withoutRole;

    public NotStaff(List<String> unknown, List<String> withoutRole) {
        super("Unknown logins " + unknown + ", without the role " + withoutRole, null, false, false);
        this.unknown = List.copyOf(unknown);
        this.withoutRole = List.copyOf(withoutRole);
    }

    /** Logins the directory does not know, as typed. */
    public List<String> unknown() {
        return unknown;
    }

    /** Logins of people without the role, as the directory spells them. */
    public List<String> withoutRole() {
        return withoutRole;
    }
}
