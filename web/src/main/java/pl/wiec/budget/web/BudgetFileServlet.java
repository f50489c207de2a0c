package pl.wiec.budget.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.budget.boundary.BudgetFiles;
import pl.wiec.budget.entity.ProjectFile;
import pl.wiec.web.MediaServlet;

/**
 * {@code GET /budget/file?id=N}: a file of a budget project, as a download, to whoever may see it (a document of a
 * submitted project: anyone; a list of supporters: its author and staff); 404 otherwise.
 */
@WebServlet("/budget/file")
public class BudgetFileServlet extends MediaServlet<ProjectFile> {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetFiles files;

    @Override
    protected Optional<ProjectFile> find(long id) {
        return files.file(id);
    }

    @Override
    protected void send(ProjectFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        download(file.file(), response);
    }
}
