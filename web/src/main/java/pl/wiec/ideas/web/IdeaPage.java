package pl.wiec.ideas.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/** {@code idea.xhtml?id=N}: one idea with its project. */
@Named
@ViewScoped
public class IdeaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Inject
    Projects projects;

    private Long id;
    private transient Idea idea;
    private transient Project project;

    public void load() {
        idea = id == null ? null : ideas.find(id).orElse(null);
        if (idea == null) {
            Faces.responseSendError(404, "No such idea");
            Faces.responseComplete();
            return;
        }
        project = projects.find(idea.projectId()).orElseThrow();
    }

    public Idea getIdea() {
        if (idea == null && id != null) {
            idea = ideas.find(id).orElse(null);
        }
        return idea;
    }

    public Project getProject() {
        if (project == null && getIdea() != null) {
            project = projects.find(idea.projectId()).orElse(null);
        }
        return project;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
