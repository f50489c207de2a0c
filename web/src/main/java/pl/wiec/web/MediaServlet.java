package pl.wiec.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.platform.entity.StoredFile;

/**
 * {@code GET ...?id=N} for a stored file (a photo, a cover, a document): the boundary finds it only for those who may
 * see what it belongs to; anything else, a missing or malformed id included, is a plain 404.
 */
public abstract class MediaServlet<T> extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file with this id, if the caller may see it. */
    protected abstract Optional<T> find(long id);

    protected abstract void send(T file, HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** Sends a stored document as a download under its own name, never to be rendered by the browser. */
    protected static void download(StoredFile file, HttpServletResponse response) throws IOException {
        byte[] content = file.content();
        String name = file.fileName();
        response.setContentType(file.contentType());
        response.setContentLength(content.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^\\x20-\\x7e]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<T> file;
        try {
            file = find(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(file.get(), request, response);
    }
}
