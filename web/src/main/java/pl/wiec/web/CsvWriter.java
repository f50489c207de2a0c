package pl.wiec.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import pl.wiec.platform.control.CsvTable;

/**
 * A CSV download: a {@link CsvTable} (spreadsheets' conventions, CSV injection made harmless) written to a response.
 */
public final class CsvWriter {

    private final CsvTable table;

    private CsvWriter(CsvTable table) {
        this.table = table;
    }

    /** Starts a CSV download named {@code fileName} with its header row. */
    public static CsvWriter download(HttpServletResponse response, String fileName, List<String> header)
            throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return new CsvWriter(new CsvTable(response.getWriter(), header));
    }

    public void row(List<String> cells) {
        table.row(cells);
    }

    public void flush() {
        table.flush();
    }
}
