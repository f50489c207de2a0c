package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetImplementation;
import pl.wiec.budget.boundary.BudgetImplementation.Winner;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Stage;
import pl.wiec.projects.boundary.Projects;

/**
 * {@code budget/implementation.xhtml?project=N}: for everyone, how the edition's winning projects are being carried
 * out: how many are at each stage, and each project's current stage with the history staff reported.
 */
@Named
@ViewScoped
public class ImplementationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetImplementation implementation;

    @Inject
    Projects projects;

    private Long project;
    private pl.wiec.projects.entity.LocalizedText editionTitle;
    private transient Edition edition;
    private transient List<Winner> winners;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        edition = found.get().edition();
        editionTitle = projects.find(project).map(p -> p.title()).orElse(null);
        winners = implementation.winners(project);
    }

    public List<Winner> getWinners() {
        if (winners == null) {
            winners = implementation.winners(project);
        }
        return winners;
    }

    /** How many winners are at each stage ("not reported yet" under null), in the stages' order. */
    public List<Map.Entry<Stage, Long>> getSummary() {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        long unreported = 0;
        for (Winner winner : getWinners()) {
            if (winner.project().stage() == null) {
                unreported++;
            } else {
                byStage.merge(winner.project().stage(), 1L, Long::sum);
            }
        }
        List<Map.Entry<Stage, Long>> rows = new java.util.ArrayList<>(byStage.entrySet());
        if (unreported > 0) {
            rows.add(0, new java.util.AbstractMap.SimpleEntry<>(null, unreported));
        }
        return rows;
    }

    public boolean isPublished() {
        return getEdition().publishedAt().isPresent();
    }

    public pl.wiec.projects.entity.LocalizedText poolName(Winner winner) {
        return getEdition().pool(winner.project().poolId()).map(pl.wiec.budget.entity.Pool::name).orElse(null);
    }

    private Edition getEdition() {
        if (edition == null) {
            edition = editions.edition(project).orElseThrow();
        }
        return edition;
    }

    public pl.wiec.projects.entity.LocalizedText getEditionTitle() {
        return editionTitle;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }
}
