package pl.wiec.budget.web;

import java.io.IOException;
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
import pl.wiec.web.CsvWriter;
import pl.wiec.web.Dates;

/**
 * The budget's public lists for BIP, as CSV: {@code /budget/decisions.csv?project=N}, every project put forward with
 * its status and the reason of a rejection; {@code /budget/protocol.csv?project=N}, the published result line by line
 * (404 until published). Column names are Polish, as BIP publishes them.
 */
@WebServlet({ "/budget/decisions.csv", "/budget/protocol.csv" })
public class BudgetCsv extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetResults results;

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
        if (request.getServletPath().endsWith("protocol.csv")) {
            Optional<EditionCount> count = results.published(project);
            if (count.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            protocol(response, project, count.get());
        } else {
            decisions(response, project, edition.get());
        }
    }

    private void protocol(HttpServletResponse response, long project, EditionCount count) throws IOException {
        CsvWriter csv = CsvWriter.download(response, "wyniki-budzet-" + project + ".csv", List.of("pula", "kwota puli",
                "miejsce", "nr", "projekt", "koszt", "punkty", "głosujący", "wynik", "opublikowano"));
        String published = new Dates().when(count.publishedAt());
        for (PoolLines pool : count.pools()) {
            for (Line line : pool.lines()) {
                csv.row(List.of(pool.pool().name().pl(), pool.pool().amount().toPlainString(),
                        String.valueOf(line.rank()), String.valueOf(line.project().number()), line.project().title(),
                        line.project().cost().toPlainString(), String.valueOf(line.score()),
                        String.valueOf(line.voters()), outcome(line), published));
            }
        }
        csv.row(List.of("głosujący ogółem", String.valueOf(count.voters()), "", "", "", "", "", "", "", published));
        csv.row(List.of("karty ważne", String.valueOf(count.countedBallots()), "", "", "", "", "", "", "", published));
        csv.row(List.of("karty nieważne", String.valueOf(count.invalid()), "", "", "", "", "", "", "", published));
        csv.flush();
    }

    private void decisions(HttpServletResponse response, long project, Edition edition) throws IOException {
        CsvWriter csv = CsvWriter.download(response, "projekty-budzet-" + project + ".csv",
                List.of("nr", "pula", "projekt", "koszt", "miejsce", "status", "uzasadnienie", "rozstrzygnięto"));
        for (BudgetProject item : editions.projects(project)) {
            String pool = edition.pool(item.poolId()).map(Pool::name).map(name -> name.pl()).orElse("");
            csv.row(java.util.Arrays.asList(String.valueOf(item.number()), pool, item.title(),
                    item.cost().toPlainString(), item.location(), status(item), item.decisionReason(),
                    item.decidedAt() == null ? null : new Dates().when(item.decidedAt())));
        }
        csv.flush();
    }

    private static String status(BudgetProject item) {
        return switch (item.status()) {
        case SUBMITTED -> "w weryfikacji";
        case ADMITTED -> "dopuszczony do głosowania";
        case REJECTED -> "odrzucony";
        };
    }

    private static String outcome(Line line) {
        return switch (line.outcome()) {
        case WON -> "wybrany do realizacji";
        case DID_NOT_FIT -> "nie zmieścił się w puli";
        case LOST -> "niewybrany";
        };
    }
}
