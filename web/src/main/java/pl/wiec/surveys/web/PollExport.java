package pl.wiec.surveys.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.web.CsvWriter;

/**
 * {@code /backoffice/poll.csv?phase=N}: a poll's results for spreadsheets and BIP, a row per option (question number,
 * question, option, people who chose it, their share of those who answered the question), in Polish, as BIP publishes
 * them. Administrators and clerks only (web.xml), as the page it is linked from.
 */
@WebServlet("/backoffice/poll.csv")
public class PollExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of("nr pytania", "pytanie", "odpowiedź", "liczba osób",
            "udział (%)");

    @Inject
    Polls polls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long phase;
        try {
            phase = Long.parseLong(request.getParameter("phase"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<PollDesign> design = polls.design(phase);
        if (design.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PollResults results = polls.results(phase);
        CsvWriter csv = CsvWriter.download(response, "sonda-" + phase + ".csv", HEADER);
        for (PollQuestion question : design.get().questions()) {
            for (PollQuestion.Option option : question.options()) {
                csv.row(List.of(String.valueOf(question.position()), question.title().pl(), option.label().pl(),
                        String.valueOf(results.chose(option.id())),
                        String.format(Locale.forLanguageTag("pl"), "%.1f", results.share(question.id(), option.id()))));
            }
        }
        csv.row(List.of("", "odpowiedzi ogółem", "", String.valueOf(results.responses()), ""));
        csv.flush();
    }
}
