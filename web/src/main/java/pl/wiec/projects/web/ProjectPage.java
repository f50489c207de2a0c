package pl.wiec.projects.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.entity.Resident;
import pl.wiec.web.Texts;

/** {@code project.xhtml?id=N}: a project as residents see it, with its timeline and the phase running today. */
@Named
@ViewScoped
public class ProjectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    Follows follows;

    private Long id;
    private transient Project project;
    private LocalDate today;

    /** Loads the project; an unknown or unpublished one answers 404 like any missing page. */
    public void load() {
        Optional<Project> found = id == null ? Optional.empty() : projects.find(id);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "No such project");
            Faces.responseComplete();
            return;
        }
        project = found.get();
        today = projects.today();
    }

    public Project getProject() {
        if (project == null && id != null) {
            project = projects.find(id).orElse(null);
        }
        return project;
    }

    public List<Phase> getPhases() {
        return getProject().phases();
    }

    public Phase getCurrentPhase() {
        return getProject().phaseOn(today).orElse(null);
    }

    /** past, current or future, for the timeline's marks. */
    public String stateOf(Phase phase) {
        if (phase.isRunningOn(today)) {
            return "current";
        }
        return phase.endsOn().isBefore(today) ? "past" : "future";
    }

    public boolean isResident() {
        return Faces.getRequest().isUserInRole(Resident.ROLE);
    }

    private transient List<pl.wiec.projects.entity.AttachmentRef> documents;

    /** The project's documents to download. */
    public List<pl.wiec.projects.entity.AttachmentRef> getDocuments() {
        if (documents == null) {
            documents = projects.attachments(id);
        }
        return documents;
    }

    public String getSignInUrl() {
        return pl.wiec.web.LocalPath.signInReturningTo(Faces.getRequestContextPath(),
                Faces.getRequestContextPath() + "/project.xhtml?id=" + id);
    }

    private Boolean following;

    public boolean isFollowing() {
        if (following == null) {
            following = isResident() && follows.following(Subject.PROJECT, id);
        }
        return following;
    }

    public void follow() {
        follows.follow(Subject.PROJECT, id);
        following = true;
        Texts.info("follow.project.done");
    }

    public void unfollow() {
        follows.unfollow(Subject.PROJECT, id);
        following = false;
        Texts.info("follow.project.undone");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
