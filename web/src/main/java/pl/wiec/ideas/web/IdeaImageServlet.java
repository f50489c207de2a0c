package pl.wiec.ideas.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.entity.IdeaImage;
import pl.wiec.web.ImageResponse;
import pl.wiec.web.MediaServlet;

/** {@code GET /media/idea-image?id=N}: a photo of an idea, to whoever may see the idea (404 otherwise). */
@WebServlet("/media/idea-image")
public class IdeaImageServlet extends MediaServlet<IdeaImage> {

    private static final long serialVersionUID = 1L;

    @Inject
    Ideas ideas;

    @Override
    protected Optional<IdeaImage> find(long id) {
        return ideas.image(id);
    }

    @Override
    protected void send(IdeaImage image, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponse.send(request, response, image.contentType(), image.sha256(), image.image());
    }
}
