package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.EditionCount;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/**
 * {@code budget/results.xhtml?project=N}: the published result of an edition for everyone (see {@link ResultTables}),
 * with the protocol to download; a message until staff publish it.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetResults results;

    @Inject
    Projects projects;

    private Long project;
    private transient Project edition;
    private EditionCount count;

    public void load() {
        Optional<Project> found = project == null ? Optional.empty() : projects.find(project);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such budget edition");
            Faces.responseComplete();
            return;
        }
        edition = found.get();
        count = results.published(project).orElse(null);
    }

    public Project getEdition() {
        if (edition == null && project != null) {
            edition = projects.find(project).orElse(null);
        }
        return edition;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public EditionCount getCount() {
        return count;
    }
}
