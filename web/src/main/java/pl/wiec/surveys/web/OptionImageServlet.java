package pl.wiec.surveys.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.surveys.boundary.OptionPicture;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.web.ImageResponse;
import pl.wiec.web.MediaServlet;

/**
 * {@code GET /media/option-image?id=OPTION&v=HASH}: the picture a poll's or survey's option shows, to whoever may see
 * its project (404 otherwise). The hash in the address changes with the picture.
 */
@WebServlet("/media/option-image")
public class OptionImageServlet extends MediaServlet<OptionPicture> {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    @Override
    protected Optional<OptionPicture> find(long id) {
        return polls.optionImage(id);
    }

    @Override
    protected void send(OptionPicture picture, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImageResponse.send(request, response, picture.contentType(), picture.sha256(), picture.image());
    }
}
