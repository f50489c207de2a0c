package pl.wiec.projects.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.ProjectAttachment;
import pl.wiec.web.MediaServlet;

/**
 * {@code GET /media/document?id=N}: a project's document, always as a download under its own name, to whoever may see
 * the project (404 otherwise).
 */
@WebServlet("/media/document")
public class AttachmentServlet extends MediaServlet<ProjectAttachment> {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Override
    protected Optional<ProjectAttachment> find(long id) {
        return projects.attachment(id);
    }

    @Override
    protected void send(ProjectAttachment document, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        download(document.file(), response);
    }
}
