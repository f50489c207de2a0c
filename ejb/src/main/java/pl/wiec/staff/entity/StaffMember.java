package pl.wiec.staff.entity;

import java.io.Serializable;
import java.util.Set;

/** A person of the office directory: the login as the directory spells it, and the Wiec roles their groups give. */
public record StaffMember(String login, Set<String> roles) implements Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
