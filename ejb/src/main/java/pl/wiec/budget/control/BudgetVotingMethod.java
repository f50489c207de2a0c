package pl.wiec.budget.control;

import jakarta.enterprise.context.ApplicationScoped;

import pl.wiec.projects.control.ParticipationMethod;

/**
 * The budget's vote: while the phase runs, residents whom its vote rule admits cast one ballot (the project page links
 * to it); the edition's configuration (pools, methods, channels) says what the ballot holds.
 */
@ApplicationScoped
public class BudgetVotingMethod implements ParticipationMethod {

    public static final String KEY = "budget-voting";

    @Override
    public String key() {
        return KEY;
    }
}
