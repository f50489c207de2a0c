package pl.wiec.staff.entity;

/**
 * The application roles staff can hold. Residents never hold any of them: the roles come only from the staff directory
 * through the server's role mapping.
 */
public final class Roles {

    /** Configures the installation: municipality profile, staff-wide settings; reads the audit log. */
    public static final String ADMINISTRATOR = "administrator";

    /** Reviews and hides residents' contributions (later limited to the projects they are assigned to). */
    public static final String MODERATOR = "moderator";

    /** Runs participation processes: projects, paper input, verification, results. */
    public static final String CLERK = "clerk";

    private Roles() {
    }
}
