package pl.wiec.ideas.web;

import java.io.IOException;
import java.io.PrintWriter;
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

/**
 * {@code GET /backoffice/input.csv?project=N[&status=][&search=]}: the ideas the input manager shows, as CSV for a
 * spreadsheet (UTF-8 with BOM, semicolons, as Polish Excel expects), written page by page so a project of any size
 * streams in constant memory. Cells that a spreadsheet would run as a formula are neutralised.
 */
@WebServlet("/backoffice/input.csv")
public class InputExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"pomysly-projekt-" + query.getProjectId() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("id;zgłoszono;tytuł;opis;miejsce;szerokość;długość;status;przypisano;odpowiedź\r\n");
        int first = 0;
        List<Idea> page;
        do {
            page = manager.page(query, first, InputManager.MAX_PAGE);
            for (Idea idea : page) {
                out.print(String.join(";", String.valueOf(idea.id()),
                        WHEN.format(idea.createdAt().atZone(Dates.POLAND)), cell(idea.title()), cell(idea.body()),
                        cell(idea.place()), idea.latitude() == null ? "" : String.valueOf(idea.latitude()),
                        idea.longitude() == null ? "" : String.valueOf(idea.longitude()), cell(idea.status()),
                        cell(idea.assignee()), cell(idea.feedback())));
                out.print("\r\n");
            }
            first += page.size();
            out.flush();
        } while (page.size() == InputManager.MAX_PAGE);
    }

    /** Quoted, quotes doubled, and a leading = + - @ made harmless (CSV injection). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
