package pl.wiec.projects.boundary;

import jakarta.ejb.ApplicationException;

/** Someone saved the project after this form was loaded; nothing was saved. */
@ApplicationException(rollback = true)
public class ProjectChangedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProjectChangedMeanwhile() {
        super("The project was changed by someone else since the form was loaded");
    }
}
