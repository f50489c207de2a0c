package pl.wiec.surveys.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.entity.Attachment;
import pl.wiec.web.MediaServlet;

/**
 * {@code GET /backoffice/survey-file?id=N}: a file a resident sent in answer to a survey's file question, always as a
 * download under its own name, to staff who manage the project (404 for anyone else and for a file no response holds).
 */
@WebServlet("/backoffice/survey-file")
public class SurveyFileServlet extends MediaServlet<Attachment> {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Override
    protected Optional<Attachment> find(long id) {
        return surveys.attachment(id);
    }

    @Override
    protected void send(Attachment attachment, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        download(attachment.file(), response);
    }
}
