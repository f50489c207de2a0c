package pl.wiec.projects.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Project;

/** {@code #{myProjects.list}}: the projects a project moderator is assigned to, for their back-office start page. */
@Named
@RequestScoped
public class MyProjects {

    @Inject
    Projects projects;

    private List<Project> list;

    public List<Project> getList() {
        if (list == null) {
            list = projects.mine();
        }
        return list;
    }
}
