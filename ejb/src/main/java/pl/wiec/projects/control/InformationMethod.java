package pl.wiec.projects.control;

import jakarta.enterprise.context.ApplicationScoped;

/** The phase informs: residents read the project and the phase; nobody submits anything. */
@ApplicationScoped
public class InformationMethod implements ParticipationMethod {

    public static final String KEY = "information";

    @Override
    public String key() {
        return KEY;
    }
}
