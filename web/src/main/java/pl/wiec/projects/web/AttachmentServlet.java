package pl.wiec.projects.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        byte[] content = document.content();
        String name = document.fileName();
        response.setContentType(document.contentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^\\x20-\\x7e]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
