package pl.wiec.surveys.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.platform.control.PublicAddress;
import pl.wiec.surveys.boundary.ExportedResponse;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.Coordinate;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.web.CsvWriter;
import pl.wiec.web.XlsxWriter;

/**
 * {@code /backoffice/survey.csv?phase=N} (and {@code .xlsx}, a workbook written as it goes): every response of a
 * survey, a row each (its number, channel, place, date, then a column per question; a map question has two, latitude
 * and longitude; chosen options by their labels, joined with " | "). No respondent is named. Written as the responses
 * are read, a thousand at a time ({@link Surveys#eachResponse}), so that 50,000 responses stream in bounded memory. The
 * project's staff only (web.xml and the boundary).
 */
@WebServlet({ "/backoffice/survey.csv", "/backoffice/survey.xlsx" })
public class SurveyExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Europe/Warsaw"));

    @Inject
    Surveys surveys;

    @Inject
    PublicAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long phase = PollExport.phase(request, response);
        if (phase == null) {
            return;
        }
        List<PollQuestion> questions;
        try {
            questions = surveys.questions(phase).orElse(null);
        } catch (jakarta.ejb.EJBAccessException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (questions == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> header = new ArrayList<>(List.of("nr odpowiedzi", "kanał", "miejsce", "data"));
        for (PollQuestion question : questions) {
            String title = "P" + question.position() + " " + question.heading().pl();
            if (question.kind() == QuestionKind.POINT) {
                header.add(title + " (szerokość)");
                header.add(title + " (długość)");
            } else if (question.kind() == QuestionKind.FILE) {
                header.add(title + " (plik)");
                header.add(title + " (adres)");
            } else {
                header.add(title);
            }
        }
        String name = "ankieta-" + phase;
        // a file's address for staff, who alone may download it
        String files = address.of("/backoffice/survey-file?id=");
        if (request.getServletPath().endsWith(".xlsx")) {
            response.setContentType(XlsxWriter.CONTENT_TYPE);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            try (XlsxWriter xlsx = new XlsxWriter(response.getOutputStream(), "Odpowiedzi")) {
                xlsx.row(header);
                surveys.eachResponse(phase, exported -> {
                    try {
                        xlsx.row(row(exported, questions, files));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return;
        }
        CsvWriter csv = CsvWriter.download(response, name + ".csv", header);
        surveys.eachResponse(phase, exported -> csv.row(row(exported, questions, files)));
        csv.flush();
    }

    private static List<String> row(ExportedResponse exported, List<PollQuestion> questions, String files) {
        List<String> row = new ArrayList<>(
                List.of(String.valueOf(exported.id()), PollExport.CHANNEL_COLUMNS.get(exported.channel()),
                        exported.place() == null ? "" : exported.place(), WHEN.format(exported.submittedAt())));
        Map<Long, Answer> answers = exported.answers();
        for (PollQuestion question : questions) {
            Answer answer = answers.getOrDefault(question.id(), Answer.NONE);
            if (question.kind() == QuestionKind.POINT) {
                row.add(answer.latitude() == null ? "" : String.format(Locale.ROOT, "%.6f", answer.latitude()));
                row.add(answer.longitude() == null ? "" : String.format(Locale.ROOT, "%.6f", answer.longitude()));
            } else if (question.kind() == QuestionKind.FILE) {
                row.add(answer.attachment() == null ? "" : exported.fileNames().getOrDefault(answer.attachment(), ""));
                row.add(answer.attachment() == null ? "" : files + answer.attachment());
            } else if (question.kind() == QuestionKind.LINE || question.kind() == QuestionKind.AREA) {
                row.add(answer.shape().isEmpty() ? ""
                        : Coordinate.wkt(answer.shape(), question.kind() == QuestionKind.AREA));
            } else if (question.isRanking()) {
                // the options from the first place to the last
                row.add(answer.options().stream()
                        .flatMap(id -> question.options().stream().filter(option -> option.id() == id))
                        .map(option -> option.label().pl()).collect(Collectors.joining(" > ")));
            } else if (question.isChoice()) {
                row.add(question.options().stream().filter(option -> answer.options().contains(option.id()))
                        .map(option -> option.other() && answer.text() != null
                                ? option.label().pl() + ": " + answer.text() : option.label().pl())
                        .collect(Collectors.joining(" | ")));
            } else {
                row.add(answer.text() != null ? answer.text()
                        : answer.number() != null ? answer.number().toPlainString().replace('.', ',')
                                : answer.date() != null ? answer.date().toString() : "");
            }
        }
        return row;
    }
}
