package pl.wiec.events.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.EventDocument;
import pl.wiec.web.MediaServlet;

/**
 * {@code GET /media/event-document?id=N}: an event's document (minutes, a photo), always as a download under its own
 * name, to whoever may see the event (404 otherwise).
 */
@WebServlet("/media/event-document")
public class EventDocumentServlet extends MediaServlet<EventDocument> {

    private static final long serialVersionUID = 1L;

    @Inject
    Events events;

    @Override
    protected Optional<EventDocument> find(long id) {
        return events.document(id);
    }

    @Override
    protected void send(EventDocument document, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        download(document.file(), response);
    }
}
