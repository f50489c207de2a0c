package pl.wiec.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/**
 * A poll: a few single or multiple choice questions on the project page, answered once by each resident whom the
 * phase's answer rule admits; staff choose whether residents see the results once they have answered.
 */
@ApplicationScoped
public class PollMethod implements ParticipationMethod {

    public static final String KEY = "poll";

    @Override
    public String key() {
        return KEY;
    }
}
