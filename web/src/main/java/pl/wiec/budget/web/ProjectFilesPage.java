package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetFiles;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.ProjectFile;
import pl.wiec.projects.boundary.Projects;

/**
 * {@code backoffice/budget-files.xhtml?project=N&id=M}: staff's view of one budget project's files: the documents and
 * the scanned list of supporters, downloaded, added (for a project handed in on paper) or removed.
 */
@Named
@ViewScoped
public class ProjectFilesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetFiles budgetFiles;

    @Inject
    Projects projects;

    private Long project;
    private Long id;
    private String editionTitle;
    private BudgetProject budgetProject;
    private final ProjectFilesForm filesForm = new ProjectFilesForm();

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        editionTitle = found.get().title();
        budgetProject = editions.projects(project).stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (budgetProject == null) {
            Faces.responseSendError(404, "No such budget project");
            Faces.responseComplete();
        }
    }

    public void attachFile() {
        filesForm.attach(budgetFiles, id);
    }

    public void detachFile(long fileId) {
        filesForm.detach(budgetFiles, fileId);
    }

    public List<pl.wiec.budget.entity.FileRef> getFiles() {
        return filesForm.files(budgetFiles, id);
    }

    public ProjectFilesForm getFilesForm() {
        return filesForm;
    }

    public BudgetProject getBudgetProject() {
        return budgetProject;
    }

    public String getEditionTitle() {
        return editionTitle;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
