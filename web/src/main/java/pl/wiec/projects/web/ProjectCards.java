package pl.wiec.projects.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;
import pl.wiec.projects.entity.ProjectFilter;

/** The portal's list of published projects, with the phase each is in today. */
@Named
@RequestScoped
public class ProjectCards {

    @Inject
    Projects projects;

    @Inject
    pl.wiec.municipality.boundary.Taxonomy taxonomy;

    private List<Project> published;
    private LocalDate today;
    private Long area;
    private Long topic;
    private ProjectFilter.Stage stage;
    private String q;
    private Long folder;
    private java.util.Map<Long, pl.wiec.municipality.entity.Folder> folders;

    @PostConstruct
    void load() {
        area = number("area");
        topic = number("topic");
        try {
            String given = Faces.getRequestParameter("stage");
            stage = given == null || given.isBlank() ? null : ProjectFilter.Stage.valueOf(given);
        } catch (IllegalArgumentException e) {
            stage = null;
        }
        q = Faces.getRequestParameter("q");
        folder = number("folder");
        published = projects.published(new ProjectFilter(area, topic, stage, q, folder));
        today = projects.today();
    }

    private static Long number(String name) {
        try {
            String given = Faces.getRequestParameter(name);
            return given == null || given.isBlank() ? null : Long.valueOf(given);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<pl.wiec.municipality.entity.Area> getAreas() {
        return taxonomy.areas();
    }

    public List<pl.wiec.municipality.entity.Topic> getTopics() {
        return taxonomy.topics();
    }

    public List<ProjectFilter.Stage> getStages() {
        return List.of(ProjectFilter.Stage.values());
    }

    public boolean isFiltered() {
        return area != null || topic != null || stage != null || folder != null || (q != null && !q.isBlank());
    }

    public List<pl.wiec.municipality.entity.Folder> getFolders() {
        return List.copyOf(folderMap().values());
    }

    public Long getFolder() {
        return folder;
    }

    /** The folder a project is in, or null. */
    public pl.wiec.municipality.entity.Folder folderOf(Project project) {
        return project.folderId() == null ? null : folderMap().get(project.folderId());
    }

    private java.util.Map<Long, pl.wiec.municipality.entity.Folder> folderMap() {
        if (folders == null) {
            folders = new java.util.LinkedHashMap<>();
            taxonomy.folders().forEach(f -> folders.put(f.id(), f));
        }
        return folders;
    }

    public Long getArea() {
        return area;
    }

    public Long getTopic() {
        return topic;
    }

    public String getStage() {
        return stage == null ? "" : stage.name();
    }

    public String getQ() {
        return q;
    }

    public List<Project> getPublished() {
        return published;
    }

    public Phase currentPhase(Project project) {
        return project.phaseOn(today).orElse(null);
    }
}
