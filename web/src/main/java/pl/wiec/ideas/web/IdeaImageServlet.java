package pl.wiec.ideas.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.web.ImageResponse;

/** {@code GET /media/idea-image?id=N}: a photo of an idea, to whoever may see the idea (404 otherwise). */
@WebServlet(IdeaImageServlet.PATH)
public class IdeaImageServlet extends HttpServlet {

    public static final String PATH = "/media/idea-image";
    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<IdeaImage> image;
        try {
            image = ideas.image(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException e) {
            image = Optional.empty();
        }
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponse.send(request, response, image.get().contentType(), image.get().sha256(), image.get().image());
    }
}
