package pl.wiec.ideas.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/** The phase collects residents' ideas, as a list and on a map. */
@ApplicationScoped
public class IdeationMethod implements ParticipationMethod {

    public static final String KEY = "ideation";

    @Override
    public String key() {
        return KEY;
    }
}
