package pl.wiec.offline.control;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import pl.wiec.platform.control.PaperPdf;
import pl.wiec.platform.control.QrCode;

/**
 * A paper form generated from the same questions residents answer online: per question its number, text and rule, and
 * per option a box to mark, with the option's number printed beside it (the number the keyer types). In large print (16
 * pt instead of 11, bigger boxes) for those who need it. A QR code in the corner leads to the online version.
 */
public final class PrintedForm {

    /**
     * One question as printed: its number, text, rule ("Zaznacz jedną odpowiedź."), and options in order, each with the
     * picture it shows online if any ({@code pictures}: one per option, null for none; empty: none at all); a question
     * answered with a value has no options but lines to write on. What explains it ({@code description}, null for
     * nothing) is printed under its text. Options are numbered 1, 2, 3… unless {@code numbers} gives each its own.
     */
    public record Question(int number, String title, boolean required, String rule, List<String> options, int lines,
            List<Picture> pictures, String description, List<Integer> numbers) {

        public Question(int number, String title, boolean required, String rule, List<String> options, int lines) {
            this(number, title, required, rule, options, lines, List.of(), null);
        }

        public Question(int number, String title, boolean required, String rule, List<String> options, int lines,
                List<Picture> pictures, String description) {
            this(number, title, required, rule, options, lines, pictures, description, List.of());
        }

        /** The number printed beside an option: its own ({@code numbers}, e.g. a budget project's) or its place. */
        int numberOf(int option) {
            return option < numbers.size() ? numbers.get(option) : option + 1;
        }

        Picture picture(int option) {
            return option < pictures.size() ? pictures.get(option) : null;
        }
    }

    /** An option's picture: its bytes and what it shows (printed instead where PDF cannot hold it: a WebP). */
    public record Picture(byte[] bytes, String description) {
    }

    /** The form: title, the lines under it (how to fill it in, where to return it), the questions, the online page. */
    public record Content(String title, List<String> intro, List<Question> questions, String url, String urlText,
            String requiredNote) {
    }

    private PrintedForm() {
    }

    public static byte[] of(Content content, boolean largePrint) {
        float size = largePrint ? 16 : 11;
        Font text = new Font(PaperPdf.font(), size);
        Font bold = new Font(PaperPdf.font(), size, Font.BOLD);
        Font title = new Font(PaperPdf.font(), size + 5, Font.BOLD);
        Font hint = new Font(PaperPdf.font(), size - 1, Font.ITALIC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PaperPdf.begin(document, out, content.title());
        try {
            float qrSide = 86;
            QrCode.draw(writer.getDirectContent(), content.url(), PageSize.A4.getWidth() - 40 - qrSide,
                    PageSize.A4.getHeight() - 36 - qrSide, qrSide);
            Paragraph heading = new Paragraph(content.title(), title);
            heading.setIndentationRight(qrSide);
            document.add(heading);
            for (String line : content.intro()) {
                Paragraph intro = new Paragraph(line, text);
                intro.setSpacingBefore(4);
                intro.setIndentationRight(qrSide);
                document.add(intro);
            }
            Paragraph online = new Paragraph(content.urlText() + " " + content.url(), hint);
            online.setSpacingBefore(4);
            online.setIndentationRight(qrSide);
            document.add(online);
            for (Question question : content.questions()) {
                document.add(block(question, text, bold, hint, size));
            }
            Paragraph note = new Paragraph(content.requiredNote(), hint);
            note.setSpacingBefore(12);
            document.add(note);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the form", e);
        }
        document.close();
        return out.toByteArray();
    }

    /** A question and its options, kept on one page. */
    private static PdfPTable block(Question question, Font text, Font bold, Font hint, float size) {
        PdfPTable table = new PdfPTable(new float[] { size * 1.6f, size * 2.2f, 460 });
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(size * 1.2f);
        PdfPCell title = cell(
                new Phrase(question.number() + ". " + question.title() + (question.required() ? " *" : ""), bold), 3);
        table.addCell(title);
        if (question.description() != null) {
            table.addCell(cell(new Phrase(question.description(), text), 3));
        }
        if (question.rule() != null) {
            table.addCell(cell(new Phrase(question.rule(), hint), 3));
        }
        int number = 0;
        for (String option : question.options()) {
            PdfPCell box = new PdfPCell(new Phrase(" ", text));
            box.setFixedHeight(size * 1.3f);
            box.setBorder(Rectangle.NO_BORDER);
            box.setCellEvent((cell, position, canvases) -> {
                PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
                float side = size * 1.1f;
                canvas.setLineWidth(1.2f);
                canvas.rectangle(position.getLeft() + 1, position.getTop() - side - 2, side, side);
                canvas.stroke();
            });
            table.addCell(box);
            Picture picture = question.picture(number);
            PdfPCell numberCell = cell(new Phrase(String.valueOf(question.numberOf(number++)), bold), 1);
            numberCell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(numberCell);
            if (picture == null) {
                table.addCell(cell(new Phrase(option, text), 1));
                continue;
            }
            // the picture under its label, as large as a resident needs to tell variants apart (a cell given elements
            // shows those only)
            PdfPCell labelled = cell(new Phrase(), 1);
            labelled.addElement(new Paragraph(option, text));
            Image image = PaperPdf.image(picture.bytes());
            if (image != null) {
                image.scaleToFit(size * 16, size * 10);
                image.setSpacingBefore(3);
                labelled.addElement(image);
            } else {
                labelled.addElement(new Paragraph("(" + picture.description() + ")", hint));
            }
            table.addCell(labelled);
        }
        for (int line = 0; line < question.lines(); line++) {
            PdfPCell write = new PdfPCell(new Phrase(" ", text));
            write.setColspan(3);
            write.setFixedHeight(size * 2f);
            write.setBorder(Rectangle.BOTTOM);
            write.setBorderWidthBottom(0.8f);
            table.addCell(write);
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase, int columns) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }
}
