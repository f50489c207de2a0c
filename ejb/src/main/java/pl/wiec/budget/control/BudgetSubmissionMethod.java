package pl.wiec.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/**
 * Submission of budget projects: while the phase runs, residents whom its submit rule admits write projects (drafts
 * first) and submit them; the project page links to the form.
 */
@ApplicationScoped
public class BudgetSubmissionMethod implements ParticipationMethod {

    public static final String KEY = "budget-submission";

    @Override
    public String key() {
        return KEY;
    }
}
