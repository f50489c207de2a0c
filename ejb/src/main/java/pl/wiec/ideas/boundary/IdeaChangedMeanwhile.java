package pl.wiec.ideas.boundary;

import jakarta.ejb.ApplicationException;

/** Someone changed the idea after this form was loaded; nothing was saved. */
@ApplicationException(rollback = true)
public class IdeaChangedMeanwhile extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdeaChangedMeanwhile() {
        super("The idea was changed by someone else since the form was loaded");
    }
}
