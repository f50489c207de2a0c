package pl.wiec.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * CSV for spreadsheets as Polish offices open them: UTF-8 with a BOM, semicolons, CRLF, every cell quoted; a cell a
 * spreadsheet would run as a formula (= + - @ first) gets an apostrophe first (CSV injection).
 */
public final class CsvWriter {

    private final PrintWriter out;

    private CsvWriter(PrintWriter out) {
        this.out = out;
    }

    /** Starts a CSV download named {@code fileName} with its header row. */
    public static CsvWriter download(HttpServletResponse response, String fileName, List<String> header)
            throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        CsvWriter csv = new CsvWriter(response.getWriter());
        csv.out.print('\uFEFF');
        csv.row(header);
        return csv;
    }

    public void row(List<String> cells) {
        out.print(String.join(";", cells.stream().map(CsvWriter::cell).toList()));
        out.print("\r\n");
    }

    public void flush() {
        out.flush();
    }

    /** Quoted, quotes doubled, and a leading = + - @ made harmless; null is an empty cell. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
