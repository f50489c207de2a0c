package pl.wiec.ideas.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.web.Dates;
import pl.wiec.surveys.web.PollExport;
import pl.wiec.web.CsvWriter;
import pl.wiec.web.XlsxWriter;

/**
 * {@code GET /backoffice/input.csv|xlsx?project=N[&status=][&search=]}: the ideas the input manager shows, for a
 * spreadsheet: CSV (UTF-8 with BOM, semicolons, as Polish Excel expects; cells a spreadsheet would run as a formula are
 * neutralised) or an .xlsx workbook (every cell text). Both are written page by page, so a project of any size streams
 * in constant memory.
 */
@WebServlet({ "/backoffice/input.csv", "/backoffice/input.xlsx" })
public class InputExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> HEADER = List.of("id", "zgłoszono", "kanał", "zebrano w", "tytuł", "opis",
            "miejsce", "szerokość", "długość", "status", "przypisano", "odpowiedź", "polubienia", "komentarze");

    @Inject
    InputManager manager;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InputQuery query = new InputQuery();
        try {
            query.setProjectId(Long.parseLong(request.getParameter("project")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        query.setStatus(request.getParameter("status"));
        query.setSearch(request.getParameter("search"));
        query.setOrder(InputQuery.Order.OLDEST);
        try {
            manager.count(query);
        } catch (jakarta.ejb.EJBAccessException notTheirs) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        String fileName = "pomysly-projekt-" + query.getProjectId() + (xlsx ? ".xlsx" : ".csv");
        if (xlsx) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            response.setContentType(XlsxWriter.CONTENT_TYPE);
            try (XlsxWriter sheet = new XlsxWriter(response.getOutputStream(), "Pomysły")) {
                sheet.row(HEADER);
                eachPage(query, page -> {
                    for (Idea idea : page) {
                        sheet.row(cells(idea));
                    }
                    sheet.flush();
                });
            }
            return;
        }
        CsvWriter csv = CsvWriter.download(response, fileName, HEADER);
        eachPage(query, page -> {
            for (Idea idea : page) {
                csv.row(cells(idea));
            }
            csv.flush();
        });
    }

    /** One idea's cells, in the order of {@link #HEADER}. */
    private static List<String> cells(Idea idea) {
        return java.util.Arrays.asList(String.valueOf(idea.id()), WHEN.format(idea.createdAt().atZone(Dates.POLAND)),
                PollExport.CHANNEL_COLUMNS.get(idea.channel()), idea.collectedAt(), idea.title(), idea.body(),
                idea.place(), idea.latitude() == null ? null : String.valueOf(idea.latitude()),
                idea.longitude() == null ? null : String.valueOf(idea.longitude()), idea.status(), idea.assignee(),
                idea.feedback(), String.valueOf(idea.likes()), String.valueOf(idea.comments()));
    }

    private interface PageWriter {
        void write(List<Idea> page) throws IOException;
    }

    private void eachPage(InputQuery query, PageWriter writer) throws IOException {
        int first = 0;
        List<Idea> page;
        do {
            page = manager.page(query, first, InputManager.MAX_PAGE);
            writer.write(page);
            first += page.size();
        } while (page.size() == InputManager.MAX_PAGE);
    }
}
