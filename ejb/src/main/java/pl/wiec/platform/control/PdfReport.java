package pl.wiec.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A plain A4 document for BIP: a title, lines of text and tables, in Liberation Sans (embedded, with every Polish
 * letter), tagged with its title and language. Usage: {@code try (PdfReport pdf = new PdfReport(out, "Wyniki")) {
 * pdf.heading(...); pdf.text(...); pdf.table(header, rows); }}.
 */
public final class PdfReport implements AutoCloseable {

    private static final BaseFont SANS = sans();
    private static final Font TITLE = new Font(SANS, 16, Font.BOLD);
    private static final Font HEADING = new Font(SANS, 12, Font.BOLD);
    private static final Font TEXT = new Font(SANS, 10);
    private static final Font CELL = new Font(SANS, 9);
    private static final Font HEADER_CELL = new Font(SANS, 9, Font.BOLD);

    private static final String DOTS = "…………………………………………";

    private final Document document = new Document(PageSize.A4, 40, 40, 48, 48);

    public PdfReport(OutputStream out, String title) {
        begin(document, out, title);
        add(new Paragraph(title, TITLE));
    }

    /** Opens a Polish document of Wiec's with its title, for writing to {@code out}. */
    public static PdfWriter begin(Document document, OutputStream out, String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("pl-PL"));
        document.addTitle(title);
        document.addCreator("Wiec");
        document.open();
        return writer;
    }

    public void heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        add(heading);
    }

    public void text(String text) {
        add(new Paragraph(text, TEXT));
    }

    /** A table with a header row repeated on every page; numbers and amounts aligned right. */
    public void table(List<String> header, List<List<String>> rows, float... widths) {
        PdfPTable table = widths.length == 0 ? new PdfPTable(header.size()) : new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String name : header) {
            PdfPCell cell = new PdfPCell(new Phrase(name, HEADER_CELL));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, CELL));
                if (isNumber(value)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        add(table);
    }

    /**
     * A table to be filled in by hand: the header repeated on every page, then {@code rows} numbered empty rows tall
     * enough to write and sign in.
     */
    public void writingTable(List<String> header, int rows, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        for (String name : header) {
            PdfPCell cell = new PdfPCell(new Phrase(name, HEADER_CELL));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (int row = 1; row <= rows; row++) {
            for (int column = 0; column < header.size(); column++) {
                PdfPCell cell = new PdfPCell(new Phrase(column == 0 ? String.valueOf(row) : " ", CELL));
                cell.setFixedHeight(26);
                table.addCell(cell);
            }
        }
        add(table);
    }

    /**
     * Signature lines, one per name: the name, and a dotted line to sign on; with no names, three blank lines for names
     * to be written by hand.
     */
    public void signatures(List<String> names) {
        PdfPTable table = new PdfPTable(new float[] { 50, 50 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        List<String> lines = names.isEmpty() ? List.of(DOTS, DOTS, DOTS) : names;
        for (String name : lines) {
            table.addCell(unbordered(name));
            table.addCell(unbordered(DOTS + " (podpis)"));
        }
        add(table);
    }

    private static PdfPCell unbordered(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingTop(20);
        return cell;
    }

    /** A number or an amount ("12 345", "120 000,00 zł"), aligned right in a table. */
    private static boolean isNumber(String value) {
        String number = value == null ? "" : value.replace("\u00A0zł", "");
        return !number.isEmpty() && Character.isDigit(number.charAt(0)) && number.chars()
                .allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == ' ' || c == '\u00A0');
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the PDF", e);
        }
    }

    @Override
    public void close() {
        document.close();
    }

    /**
     * A stored picture as a PDF holds it: PNG and JPEG; null for none, for a WebP (which PDF cannot hold) or for bytes
     * that cannot be read, so that a document goes out without the picture rather than not at all.
     */
    public static com.lowagie.text.Image image(byte[] bytes) {
        String type = bytes == null ? null : pl.wiec.platform.entity.RasterImage.contentTypeOf(bytes);
        if (!"image/png".equals(type) && !"image/jpeg".equals(type)) {
            return null;
        }
        try {
            return com.lowagie.text.Image.getInstance(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Liberation Sans, embedded, with every Polish letter: the font of every PDF Wiec makes. */
    public static BaseFont font() {
        return SANS;
    }

    private static BaseFont sans() {
        try {
            return BaseFont.createFont("font-fallback/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF carries Liberation Sans", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF carries Liberation Sans", e);
        }
    }
}
