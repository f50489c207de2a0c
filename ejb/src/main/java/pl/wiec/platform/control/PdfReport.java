package pl.wiec.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * A plain A4 document read on screen and published in BIP: a title, headings, lines of text and tables, in Liberation
 * Sans (embedded, with every Polish letter). It is a tagged PDF (PDF/UA): headings, paragraphs and tables with their
 * header cells are in its structure, with the title and the language, so that a screen reader reads it in order and
 * announces a table's columns. Written as XHTML and laid out by openhtmltopdf (on PDFBox) when closed. Usage:
 * {@code try (PdfReport pdf = new PdfReport(out, "Wyniki")) { pdf.heading(...); pdf.text(...); pdf.table(header, rows);
 * }}.
 */
public final class PdfReport implements AutoCloseable {

    private static final String DOTS = "…………………………………………";

    static {
        // openhtmltopdf writes its own log to the console (which the server records as errors): to the server's log
        XRLog.setLoggerImpl(new ServerLog());
    }

    private static final String STYLE = "@page { size: A4; margin: 48pt 40pt; }"
            + " body { font-family: 'Liberation Sans'; font-size: 10pt; }"
            + " h1 { font-size: 16pt; margin: 0 0 6pt 0; } h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }"
            + " p { margin: 0 0 3pt 0; }"
            + " table { width: 100%; border-collapse: collapse; margin-top: 4pt; -fs-table-paginate: paginate; }"
            + " th, td { border: 0.5pt solid #000; padding: 2pt 3pt; font-size: 9pt; text-align: left;"
            + " vertical-align: top; } th { background: #e6e6e6; } td.number { text-align: right; }"
            + " tr { page-break-inside: avoid; } table.writing td { height: 26pt; }"
            + " .signature { margin-top: 20pt; } .signature span { display: inline-block; width: 49%; }";

    private final OutputStream out;
    private final String title;
    private final StringBuilder body = new StringBuilder();

    public PdfReport(OutputStream out, String title) {
        this.out = out;
        this.title = title;
        body.append("<h1>").append(escaped(title)).append("</h1>");
    }

    public void heading(String text) {
        body.append("<h2>").append(escaped(text)).append("</h2>");
    }

    public void text(String text) {
        body.append("<p>").append(escaped(text)).append("</p>");
    }

    /**
     * A table with a header row repeated on every page; numbers and amounts aligned right. {@code widths} are the
     * columns' shares of the width (any unit; none: equal).
     */
    public void table(List<String> header, List<List<String>> rows, float... widths) {
        open("", header, widths);
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String value : row) {
                body.append(isNumber(value) ? "<td class=\"number\">" : "<td>").append(escaped(value)).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>");
    }

    /**
     * A table to be filled in by hand: the header repeated on every page, then {@code rows} numbered empty rows tall
     * enough to write and sign in.
     */
    public void writingTable(List<String> header, int rows, float... widths) {
        open("writing", header, widths);
        for (int row = 1; row <= rows; row++) {
            body.append("<tr><td>").append(row).append("</td>");
            body.append("<td></td>".repeat(header.size() - 1)).append("</tr>");
        }
        body.append("</tbody></table>");
    }

    private void open(String kind, List<String> header, float... widths) {
        body.append("<table class=\"").append(kind).append("\">");
        if (widths.length == header.size()) {
            float all = 0;
            for (float width : widths) {
                all += width;
            }
            body.append("<colgroup>");
            for (float width : widths) {
                body.append("<col style=\"width: ").append(Math.round(1000 * width / all) / 10.0).append("%\"/>");
            }
            body.append("</colgroup>");
        }
        body.append("<thead><tr>");
        for (String name : header) {
            body.append("<th scope=\"col\">").append(escaped(name)).append("</th>");
        }
        body.append("</tr></thead><tbody>");
    }

    /**
     * Signature lines, one per name: the name, and a dotted line to sign on; with no names, three blank lines for names
     * to be written by hand.
     */
    public void signatures(List<String> names) {
        for (String name : names.isEmpty() ? List.of(DOTS, DOTS, DOTS) : names) {
            body.append("<p class=\"signature\"><span>").append(escaped(name)).append("</span><span>").append(DOTS)
                    .append(" (podpis)</span></p>");
        }
    }

    /** A number or an amount ("12 345", "120 000,00 zł"), aligned right in a table. */
    private static boolean isNumber(String value) {
        String number = value == null ? "" : value.replace("\u00A0zł", "");
        return !number.isEmpty() && Character.isDigit(number.charAt(0)) && number.chars()
                .allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == ' ' || c == '\u00A0');
    }

    /** Lays the document out and writes it. */
    @Override
    public void close() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " lang=\"pl-PL\" xml:lang=\"pl-PL\"><head><meta charset=\"UTF-8\"/><title>" + escaped(title)
                + "</title><meta name=\"author\" content=\"Wiec\"/><meta name=\"description\" content=\""
                + escaped(title) + "\"/><meta name=\"subject\" content=\"" + escaped(title) + "\"/><style>" + STYLE
                + "</style></head><body>" + body + "</body></html>";
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Wiec");
            builder.useFont(() -> font("LiberationSans-Regular.ttf"), "Liberation Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("LiberationSans-Bold.ttf"), "Liberation Sans", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static InputStream font(String file) {
        return PdfReport.class.getClassLoader().getResourceAsStream("liberation/" + file);
    }

    /** Text as XHTML reads it: markup characters escaped, characters XML cannot hold dropped. */
    static String escaped(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
            case '&' -> escaped.append("&amp;");
            case '<' -> escaped.append("&lt;");
            case '>' -> escaped.append("&gt;");
            case '"' -> escaped.append("&quot;");
            default -> {
                if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                    escaped.appendCodePoint(c);
                }
            }
            }
        });
        return escaped.toString();
    }

    /** openhtmltopdf's messages to java.util.logging under their own names, as the server's logging says. */
    private static final class ServerLog implements XRLogger {

        @Override
        public void log(String where, Level level, String message) {
            Logger.getLogger(where).log(level, message);
        }

        @Override
        public void log(String where, Level level, String message, Throwable failure) {
            Logger.getLogger(where).log(level, message, failure);
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the server's logging configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
        }
    }
}
