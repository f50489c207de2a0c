package pl.wiec.projects.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The caller holds a staff role but has no rights on this project (a project moderator of another project). An access
 * refusal like the container's own, passed to the caller as it is.
 */
@ApplicationException(rollback = true)
public class NotProjectStaff extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public NotProjectStaff(long projectId) {
        super("No rights on project " + projectId);
    }

    public NotProjectStaff(String what) {
        super(what);
    }
}
