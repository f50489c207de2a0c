package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.NearMatch;
import pl.wiec.budget.boundary.NearMatches;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-matches.xhtml?project=N}: voters who may be one person written two ways, side by side, each
 * pair with the two decisions and what each one does to the ballots.
 */
@Named
@ViewScoped
public class NearMatchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NearMatches nearMatches;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    private Long project;
    private String projectTitle;
    private ConflictRule conflictRule;
    private List<NearMatch> matches = List.of();

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        projectTitle = found.get().title();
        conflictRule = found.get().edition().rules().conflictRule();
        matches = nearMatches.pending(project);
    }

    public void decide(NearMatch match, boolean samePerson) {
        boolean decided = nearMatches.decide(project, match.first(), match.second(), samePerson);
        matches = nearMatches.pending(project);
        if (!decided) {
            Texts.error("nearMatches.gone");
        } else {
            Texts.info(samePerson ? "nearMatches.decidedSame" : "nearMatches.decidedDifferent");
        }
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public ConflictRule getConflictRule() {
        return conflictRule;
    }

    public List<NearMatch> getMatches() {
        return matches;
    }
}
