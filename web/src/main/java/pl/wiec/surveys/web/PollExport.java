package pl.wiec.surveys.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.web.CsvWriter;
import pl.wiec.web.XlsxWriter;

/**
 * {@code /backoffice/poll.csv?phase=N}: a poll's results for spreadsheets and BIP, a row per option (question number,
 * question, option, people who chose it, their share of those who answered the question), in Polish, as BIP publishes
 * them, with a column per channel (online, paper, consultation point, event, post). Also
 * {@code /backoffice/poll-template.csv?phase=N} (and {@code .xlsx}): the empty spreadsheet for importing paper answers
 * (its header and one example row). Administrators and clerks only (web.xml), as the page they are linked from.
 */
@WebServlet({ "/backoffice/poll.csv", "/backoffice/poll-template.csv", "/backoffice/poll-template.xlsx" })
public class PollExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> HEADER = List.of("nr pytania", "pytanie", "odpowiedź", "liczba osób",
            "udział (%)");
    /** How each channel is written in exports and imported files. */
    public static final Map<ResponseChannel, String> CHANNEL_COLUMNS = Map.of(ResponseChannel.ONLINE, "internet",
            ResponseChannel.PAPER, "papier", ResponseChannel.CONSULTATION_POINT, "punkt konsultacyjny",
            ResponseChannel.EVENT, "wydarzenie", ResponseChannel.POST, "poczta");

    @Inject
    Polls polls;

    /** The {@code phase} parameter of a download, or null when it is not a number (400 sent). */
    static Long phase(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return Long.valueOf(request.getParameter("phase"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long phase = phase(request, response);
        if (phase == null) {
            return;
        }
        Optional<PollDesign> design = polls.design(phase);
        if (design.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getServletPath().contains("poll-template")) {
            List<String> example = new ArrayList<>(List.of("papier", "Urząd – punkt konsultacyjny"));
            design.get().questions().stream().filter(question -> question.kind().onPaper())
                    .forEach(question -> example.add(switch (question.kind()) {
                    case SHORT_TEXT, LONG_TEXT -> "tekst odpowiedzi";
                    case NUMBER -> "12";
                    case DATE -> "15.06.2026";
                    case POINT -> "53,8436 22,9799";
                    case LINE -> "53,8436 22,9799; 53,8450 22,9820";
                    case AREA -> "53,8436 22,9799; 53,8450 22,9820; 53,8440 22,9830";
                    case RANKING -> question.places().stream().map(String::valueOf).collect(Collectors.joining(" "));
                    default -> "1";
                    }));
            String name = "sonda-" + phase + "-ankiety-papierowe";
            if (request.getServletPath().endsWith(".xlsx")) {
                response.setContentType(XlsxWriter.CONTENT_TYPE);
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
                try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "Ankiety")) {
                    xlsx.row(polls.importHeader(phase));
                    xlsx.row(example);
                }
                return;
            }
            CsvWriter csv = CsvWriter.download(response, name + ".csv", polls.importHeader(phase));
            csv.row(example);
            csv.flush();
            return;
        }
        PollResults results = polls.results(phase);
        List<String> header = new ArrayList<>(HEADER);
        Arrays.stream(ResponseChannel.values()).forEach(channel -> header.add(CHANNEL_COLUMNS.get(channel)));
        CsvWriter csv = CsvWriter.download(response, "sonda-" + phase + ".csv", header);
        for (PollQuestion question : design.get().questions()) {
            for (PollQuestion.Option option : question.options()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(question.position()), question.title().pl(),
                        option.label().pl(), String.valueOf(results.chose(option.id())),
                        String.format(Locale.forLanguageTag("pl"), "%.1f", results.share(question.id(), option.id()))));
                Arrays.stream(ResponseChannel.values())
                        .forEach(channel -> row.add(String.valueOf(results.chose(option.id(), channel))));
                csv.row(row);
            }
        }
        List<String> total = new ArrayList<>(
                List.of("", "odpowiedzi ogółem", "", String.valueOf(results.responses()), ""));
        Arrays.stream(ResponseChannel.values())
                .forEach(channel -> total.add(String.valueOf(results.responses(channel))));
        csv.row(total);
        csv.flush();
    }
}
