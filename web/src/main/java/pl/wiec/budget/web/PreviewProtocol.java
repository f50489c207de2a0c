package pl.wiec.budget.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.entity.Edition;

/**
 * {@code /backoffice/budget-preview.pdf?project=N}: the protocol of the count as it stands now, for staff, marked on
 * its first line as unofficial; nothing is stored.
 */
@WebServlet("/backoffice/budget-preview.pdf")
public class PreviewProtocol extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetResults results;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Edition> edition = BudgetLists.edition(request, response, editions);
        if (edition.isEmpty()) {
            return;
        }
        long project = edition.get().projectId();
        byte[] pdf = results.previewProtocol(project);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"podglad-nieoficjalny-wyniki-budzet-" + project + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
