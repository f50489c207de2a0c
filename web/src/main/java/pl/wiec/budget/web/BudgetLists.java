package pl.wiec.budget.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.budget.entity.Publication;
import pl.wiec.budget.entity.ResultVersion.Document;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.CsvWriter;
import pl.wiec.web.Dates;
import pl.wiec.platform.control.PdfReport;

/**
 * The budget's public lists for BIP: {@code /budget/decisions.csv|pdf?project=N}, every project put forward with its
 * status and the reason of a rejection (CSV for spreadsheets, PDF to publish, the same rows; the texts are Polish, as
 * BIP publishes them); and the documents published with a version of the result, served byte for byte as they were
 * published, so that their SHA-256 on the results page matches: {@code /budget/protocol.pdf|csv} and {@code
 * /budget/ballots.csv} {@code ?project=N[&version=K]} (the current version unless one is named; 404 until published).
 */
@WebServlet({ "/budget/decisions.csv", "/budget/decisions.pdf", "/budget/protocol.csv", "/budget/protocol.pdf",
        "/budget/ballots.csv" })
public class BudgetLists extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> DECISIONS = List.of("nr", "pula", "projekt", "koszt", "miejsce", "status",
            "uzasadnienie", "rozstrzygnięto");
    private static final Map<String, Document> DOCUMENTS = Map.of("/budget/protocol.pdf", Document.PROTOCOL_PDF,
            "/budget/protocol.csv", Document.PROTOCOL_CSV, "/budget/ballots.csv", Document.BALLOTS_CSV);

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetResults results;

    @Inject
    Projects projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Edition> edition = edition(request, response, editions);
        if (edition.isEmpty()) {
            return;
        }
        long project = edition.get().projectId();
        String path = request.getServletPath();
        Document document = DOCUMENTS.get(path);
        if (document != null) {
            published(request, response, project, document);
            return;
        }
        boolean pdf = path.endsWith(".pdf");
        String title = projects.find(project).orElseThrow().title().pl();
        String name = "projekty-budzet-" + project;
        String heading = "Projekty zgłoszone i rozstrzygnięcia: " + title;
        List<List<String>> rows = decisions(project, edition.get());
        if (pdf) {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
            try (PdfReport report = new PdfReport(response.getOutputStream(), heading)) {
                report.table(DECISIONS, rows);
            }
            return;
        }
        CsvWriter csv = CsvWriter.download(response, name + ".csv", DECISIONS);
        rows.forEach(csv::row);
        csv.flush();
    }

    /** The edition named by the request's {@code project}; empty when the answer (400, 404) is sent already. */
    static Optional<Edition> edition(HttpServletRequest request, HttpServletResponse response, BudgetEditions editions)
            throws IOException {
        Optional<Edition> edition;
        try {
            edition = editions.edition(Long.parseLong(request.getParameter("project")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return Optional.empty();
        }
        if (edition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return edition;
    }

    /** A document of a published version, as stored. */
    private void published(HttpServletRequest request, HttpServletResponse response, long project, Document document)
            throws IOException {
        Optional<Integer> version;
        try {
            String asked = request.getParameter("version");
            version = asked == null ? results.history(project).stream().findFirst().map(Publication::number)
                    : Optional.of(Integer.parseInt(asked));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<byte[]> bytes = version.flatMap(number -> results.document(project, number, document));
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = switch (document) {
        case PROTOCOL_PDF -> "wyniki-budzet-" + project + "-wersja-" + version.get() + ".pdf";
        case PROTOCOL_CSV -> "wyniki-budzet-" + project + "-wersja-" + version.get() + ".csv";
        case BALLOTS_CSV -> "karty-budzet-" + project + "-wersja-" + version.get() + ".csv";
        };
        response.setContentType(document == Document.PROTOCOL_PDF ? "application/pdf" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }

    private List<List<String>> decisions(long project, Edition edition) {
        List<List<String>> rows = new ArrayList<>();
        for (BudgetProject item : editions.projects(project)) {
            String pool = edition.pool(item.poolId()).map(Pool::name).map(name -> name.pl()).orElse("");
            rows.add(Arrays.asList(String.valueOf(item.number()), pool, item.title(), item.cost().toPlainString(),
                    item.location(), status(item), decision(item),
                    item.decidedAt() == null ? null : new Dates().when(item.decidedAt())));
        }
        return rows;
    }

    private static String status(BudgetProject item) {
        return switch (item.status()) {
        case DRAFT, SUBMITTED -> "w weryfikacji";
        case CORRECTIONS -> "do poprawienia przez autora";
        case ADMITTED -> "dopuszczony do głosowania";
        case REJECTED -> "odrzucony";
        };
    }

    /** The reason of the decision and, where the author appealed, the appeal's fate. */
    private static String decision(BudgetProject item) {
        String reason = item.decisionReason();
        if (item.appealDecidedAt() != null) {
            return (reason == null ? "" : reason + " ")
                    + (item.appealAllowed() ? "Odwołanie uwzględnione: " : "Odwołanie nieuwzględnione: ")
                    + item.appealReason();
        }
        return item.isAppealOpen() ? (reason == null ? "" : reason + " ") + "Odwołanie w toku." : reason;
    }
}
