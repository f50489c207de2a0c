package pl.wiec.projects.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/** {@code backoffice/projects.xhtml}: every project, drafts included. */
@Named
@RequestScoped
public class ProjectsTable {

    @Inject
    Projects projects;

    private List<Project> all;

    @PostConstruct
    void load() {
        all = projects.all();
    }

    public List<Project> getAll() {
        return all;
    }
}
