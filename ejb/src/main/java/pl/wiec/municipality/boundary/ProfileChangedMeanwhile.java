package pl.wiec.municipality.boundary;

import jakarta.ejb.ApplicationException;

/** Another administrator saved the profile after this one opened the form; nothing was saved. */
@ApplicationException(rollback = true)
public class ProfileChangedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileChangedMeanwhile() {
        super("The municipality profile was changed by someone else in the meantime");
    }
}
