package pl.wiec.projects.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Beans;
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

    /**
     * The areas with an outline and the listed projects that concern each, as JSON for the home page's map: name,
     * GeoJSON geometry, and the projects' titles and addresses. The list of cards says the same without the map.
     */
    public String getMapJson() {
        java.util.Locale locale = Beans.getReference(pl.wiec.web.Language.class).getLocale();
        jakarta.json.JsonArrayBuilder areas = jakarta.json.Json.createArrayBuilder();
        for (pl.wiec.municipality.entity.Area area : taxonomy.areas()) {
            if (area.outline() == null) {
                continue;
            }
            jakarta.json.JsonArrayBuilder concerned = jakarta.json.Json.createArrayBuilder();
            published.stream().filter(project -> project.areaIds().contains(area.id()))
                    .forEach(project -> concerned
                            .add(jakarta.json.Json.createObjectBuilder().add("title", project.title().in(locale))
                                    .add("url", Faces.getRequestContextPath() + "/project.xhtml?id=" + project.id())));
            try (jakarta.json.JsonReader outline = jakarta.json.Json
                    .createReader(new java.io.StringReader(area.outline()))) {
                areas.add(jakarta.json.Json.createObjectBuilder().add("name", area.name(locale))
                        .add("geometry", outline.readObject()).add("projects", concerned));
            }
        }
        return areas.build().toString();
    }

    public boolean isMapped() {
        return taxonomy.areas().stream().anyMatch(area -> area.outline() != null);
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
