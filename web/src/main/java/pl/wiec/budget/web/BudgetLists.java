package pl.wiec.budget.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.EditionCount;
import pl.wiec.budget.boundary.EditionCount.Line;
import pl.wiec.budget.boundary.EditionCount.PoolLines;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.Pool;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.web.CsvWriter;
import pl.wiec.web.Dates;
import pl.wiec.platform.control.PdfReport;

/**
 * The budget's public lists for BIP, as CSV (for spreadsheets) and PDF (to publish): {@code /budget/decisions.csv|pdf
 * ?project=N}, every project put forward with its status and the reason of a rejection; {@code
 * /budget/protocol.csv|pdf?project=N}, the published result line by line with the turnout (404 until published). Both
 * formats carry the same rows; the texts are Polish, as BIP publishes them.
 */
@WebServlet({ "/budget/decisions.csv", "/budget/decisions.pdf", "/budget/protocol.csv", "/budget/protocol.pdf" })
public class BudgetLists extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<String> DECISIONS = List.of("nr", "pula", "projekt", "koszt", "miejsce", "status",
            "uzasadnienie", "rozstrzygnięto");
    private static final List<String> PROTOCOL = List.of("pula", "miejsce", "nr", "projekt", "koszt", "punkty",
            "głosujący", "wynik");

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetResults results;

    @Inject
    Projects projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long project;
        try {
            project = Long.parseLong(request.getParameter("project"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<Edition> edition = editions.edition(project);
        if (edition.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = request.getServletPath();
        boolean pdf = path.endsWith(".pdf");
        String title = projects.find(project).orElseThrow().title().pl();
        if (path.startsWith("/budget/protocol")) {
            Optional<EditionCount> count = results.published(project);
            if (count.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            List<String> summary = List.of("Głosujących ogółem: " + count.get().voters(),
                    "Kart ważnych: " + count.get().countedBallots(), "Kart nieważnych: " + count.get().invalid(),
                    "Opublikowano: " + new Dates().when(count.get().publishedAt()));
            write(response, pdf, "wyniki-budzet-" + project, "Protokół wyników: " + title, summary, PROTOCOL,
                    protocol(count.get()));
        } else {
            write(response, pdf, "projekty-budzet-" + project, "Projekty zgłoszone i rozstrzygnięcia: " + title,
                    List.of(), DECISIONS, decisions(project, edition.get()));
        }
    }

    private static void write(HttpServletResponse response, boolean pdf, String name, String title,
            List<String> summary, List<String> header, List<List<String>> rows) throws IOException {
        if (pdf) {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
            try (PdfReport report = new PdfReport(response.getOutputStream(), title)) {
                summary.forEach(report::text);
                report.table(header, rows);
            }
            return;
        }
        CsvWriter csv = CsvWriter.download(response, name + ".csv", header);
        rows.forEach(csv::row);
        csv.flush();
    }

    private static List<List<String>> protocol(EditionCount count) {
        List<List<String>> rows = new ArrayList<>();
        for (PoolLines pool : count.pools()) {
            for (Line line : pool.lines()) {
                rows.add(List.of(pool.pool().name().pl() + " (" + pool.pool().amount().toPlainString() + " zł)",
                        String.valueOf(line.rank()), String.valueOf(line.project().number()), line.project().title(),
                        line.project().cost().toPlainString(), String.valueOf(line.score()),
                        String.valueOf(line.voters()), outcome(line)));
            }
        }
        return rows;
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

    private static String outcome(Line line) {
        return switch (line.outcome()) {
        case WON -> "wybrany do realizacji";
        case DID_NOT_FIT -> "nie zmieścił się w puli";
        case LOST -> "niewybrany";
        };
    }
}
