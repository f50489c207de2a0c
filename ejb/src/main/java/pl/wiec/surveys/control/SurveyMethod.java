package pl.wiec.surveys.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/**
 * A survey: a form of many kinds of question (choices, scales, text, numbers, dates, points on the map) on pages with
 * skip logic, answered once by each resident whom the phase's answer rule admits, in as many visits as they need (a
 * draft keeps what they answered); where staff allow it, they change their answers until the phase ends.
 */
@ApplicationScoped
public class SurveyMethod implements ParticipationMethod {

    public static final String KEY = "survey";

    @Override
    public String key() {
        return KEY;
    }
}
