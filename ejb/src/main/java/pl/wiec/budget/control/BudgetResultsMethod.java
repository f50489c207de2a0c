package pl.wiec.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/** The budget's results and the implementation of the winning projects: the project page shows the published result. */
@ApplicationScoped
public class BudgetResultsMethod implements ParticipationMethod {

    public static final String KEY = "budget-results";

    @Override
    public String key() {
        return KEY;
    }
}
