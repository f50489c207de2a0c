package pl.wiec.budget.control;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.Phase;
import pl.wiec.residents.boundary.ResidentAccount;

/**
 * When residents may put budget projects forward and change their own: while the edition's submission phase runs (by
 * its submit rule), and, for a project sent back for corrections, until the day staff gave, whatever the phase.
 */
@Dependent
public class SubmissionWindow {

    @Inject
    Projects projects;

    /** The edition's submission phase, if it runs today. */
    public Optional<Phase> phase(long editionId) {
        return projects.find(editionId).flatMap(project -> project.phaseOn(projects.today())
                .filter(phase -> BudgetSubmissionMethod.KEY.equals(phase.method())));
    }

    /** Why the caller (null: an anonymous visitor) may not submit to the edition now, if they may not. */
    public Optional<Refusal> whyNot(long editionId, ResidentAccount caller) {
        Optional<Phase> phase = phase(editionId);
        if (phase.isEmpty()) {
            return Optional.of(Refusal.PHASE_CLOSED);
        }
        return Eligibility.to(Action.SUBMIT, phase.get(), projects.today(),
                caller == null ? null : caller.verification(), caller == null ? null : caller.dateOfBirth(),
                caller == null ? null : caller.residenceArea());
    }

    /** Why the author may not change their project (its text, its files) now, if they may not. */
    public Optional<Refusal> whyNotChange(BudgetProject project, ResidentAccount author) {
        if (!project.isUndecided()) {
            return Optional.of(Refusal.PHASE_CLOSED);
        }
        return project.acceptsCorrectionsOn(projects.today()) ? Optional.empty() : whyNot(project.editionId(), author);
    }

    /** Whether the project is being corrected at staff's request (and may be sent back whatever the phase). */
    public boolean isCorrecting(BudgetProject project) {
        return project.acceptsCorrectionsOn(projects.today());
    }
}
