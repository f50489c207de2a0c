package pl.wiec.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET ...?id=N} for a stored file (a photo, a cover, a document): the boundary finds it only for those who may
 * see what it belongs to; anything else, a missing or malformed id included, is a plain 404.
 */
public abstract class MediaServlet<T> extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file with this id, if the caller may see it. */
    protected abstract Optional<T> find(long id);

    protected abstract void send(T file, HttpServletRequest request, HttpServletResponse response) throws IOException;

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
