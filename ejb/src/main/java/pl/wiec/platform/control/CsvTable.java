package pl.wiec.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for spreadsheets as Polish offices open them (Apache Commons CSV): UTF-8 with a BOM, semicolons, CRLF, every cell
 * quoted; a cell a spreadsheet would run as a formula (= + - @ first) gets an apostrophe first (CSV injection).
 */
public final class CsvTable implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.ALL).get();

    private final CSVPrinter printer;

    /** Starts the table on {@code out} (whose encoding must be UTF-8) with its header row. */
    public CsvTable(Writer out, List<String> header) {
        try {
            out.write('\uFEFF');
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    /** A whole table as the bytes of a file. */
    public static byte[] bytes(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CsvTable table = new CsvTable(out, header);
        rows.forEach(table::row);
        table.flush();
        return bytes.toByteArray();
    }

    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvTable::safe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading = + - @ (or a tab or a return) made harmless; null is an empty cell. */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
