package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.ProjectStatus;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/**
 * {@code budget/projects.xhtml?project=N}: every project put forward in an edition, pool by pool, with where it stands
 * and, for a rejected one, the reason: the public list of verification decisions.
 */
@Named
@ViewScoped
public class ProjectsListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    private Long project;
    private transient Project edition;
    private transient Edition rules;
    private transient List<BudgetProject> all;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        edition = projects.find(project).orElseThrow();
        rules = found.get().edition();
        all = editions.projects(project);
    }

    public List<BudgetProject> of(Pool pool, ProjectStatus status) {
        return all.stream().filter(p -> p.poolId() == pool.id() && p.status() == status).toList();
    }

    public List<Pool> getPools() {
        return rules.pools();
    }

    public Project getEdition() {
        return edition;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }
}
