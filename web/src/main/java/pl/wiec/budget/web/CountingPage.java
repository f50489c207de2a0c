package pl.wiec.budget.web;

import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.EditionCount;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.Texts;

/**
 * {@code backoffice/budget-results.xhtml?project=N}: staff count the edition as it stands (a preview nobody else sees)
 * and publish the result, which the public page then shows.
 */
@Named
@ViewScoped
public class CountingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetResults results;

    @Inject
    BudgetEditions editions;

    @Inject
    Projects projects;

    private Long project;
    private String projectTitle;
    private EditionCount preview;
    private EditionCount published;

    public void load() {
        Optional<EditionPages.Found> found = EditionPages.find(projects, editions, project);
        if (found.isEmpty()) {
            return;
        }
        projectTitle = found.get().title();
        published = results.published(project).orElse(null);
        preview = results.count(project);
    }

    public void publish() {
        published = results.publish(project);
        preview = results.count(project);
        Texts.info("counting.publishedNow");
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

    public EditionCount getPreview() {
        return preview;
    }

    public EditionCount getPublished() {
        return published;
    }
}
