package pl.wiec.signin.web;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.staff.entity.Roles;
import pl.wiec.web.Texts;

/** The signed-in staff member's roles, in words, for the dashboard. */
@Named
@RequestScoped
public class StaffRoles {

    private static final List<String> ALL = List.of(Roles.ADMINISTRATOR, Roles.MODERATOR, Roles.CLERK);

    public String describe() {
        return ALL.stream().filter(Faces::isUserInRole).map(role -> Texts.text("backoffice.role." + role))
                .collect(Collectors.joining(", "));
    }
}
