package pl.wiec.projects.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.Project;

/** The portal's list of published projects, with the phase each is in today. */
@Named
@RequestScoped
public class ProjectCards {

    @Inject
    Projects projects;

    private List<Project> published;
    private LocalDate today;

    @PostConstruct
    void load() {
        published = projects.published();
        today = projects.today();
    }

    public List<Project> getPublished() {
        return published;
    }

    public Phase currentPhase(Project project) {
        return project.phaseOn(today).orElse(null);
    }
}
