package pl.wiec.projects.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.ProjectCover;
import pl.wiec.web.ImageResponse;
import pl.wiec.web.MediaServlet;

/** {@code GET /media/project-cover?id=N}: a project's cover, to whoever may see the project (404 otherwise). */
@WebServlet("/media/project-cover")
public class ProjectCoverServlet extends MediaServlet<ProjectCover> {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Override
    protected Optional<ProjectCover> find(long id) {
        return projects.coverOf(id);
    }

    @Override
    protected void send(ProjectCover cover, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImageResponse.send(request, response, cover.contentType(), cover.sha256(), cover.image());
    }
}
