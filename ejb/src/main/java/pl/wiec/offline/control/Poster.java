package pl.wiec.offline.control;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import pl.wiec.platform.control.PaperPdf;
import pl.wiec.platform.control.QrCode;

/**
 * A poster or leaflet for the information campaign (A4 or A3): what it is (e.g. "Konsultacje społeczne"), the title in
 * large type, when and where, a few sentences, and at the bottom a QR code with the address under it, which leads from
 * the street to the page online; the municipality's coat of arms in the top corner. Everything scales with the page, so
 * A3 is A4 enlarged.
 */
public final class Poster {

    /**
     * What the poster says; {@code lines} are the facts (dates, place), {@code text} the invitation; {@code logo} the
     * municipality's coat of arms or logo, in the top corner (a PNG or JPEG; null, or a WebP, which PDF cannot hold:
     * none).
     */
    public record Content(String kicker, String title, List<String> lines, String text, String callToAction, String url,
            String signature, byte[] logo) {

        public Content(String kicker, String title, List<String> lines, String text, String callToAction, String url,
                String signature) {
            this(kicker, title, lines, text, callToAction, url, signature, null);
        }
    }

    private static final Color ACCENT = new Color(0x0b, 0x4f, 0x8a);

    private Poster() {
    }

    public static byte[] of(Content content, Rectangle pageSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float scale = pageSize.getWidth() / com.lowagie.text.PageSize.A4.getWidth();
        float margin = 48 * scale;
        Document document = new Document(pageSize, margin, margin, margin, margin);
        PdfWriter writer = PaperPdf.begin(document, out, content.title());
        try {
            PdfContentByte canvas = writer.getDirectContent();
            float width = pageSize.getWidth();
            float height = pageSize.getHeight();
            // the band at the top
            canvas.saveState();
            canvas.setColorFill(ACCENT);
            canvas.rectangle(0, height - 24 * scale, width, 24 * scale);
            canvas.fill();
            canvas.restoreState();

            float qrSide = 190 * scale;
            float bottomArea = qrSide + margin;
            float textRight = width - margin;
            Image logo = PaperPdf.image(content.logo());
            if (logo != null) {
                // the coat of arms in the top right corner under the band, the heading beside it (the address at the
                // bottom keeps its whole line)
                float side = 90 * scale;
                logo.scaleToFit(side, side);
                logo.setAbsolutePosition(width - margin - logo.getScaledWidth(),
                        height - 40 * scale - logo.getScaledHeight());
                canvas.addImage(logo);
                textRight = width - margin - logo.getScaledWidth() - 16 * scale;
            }
            ColumnText top = new ColumnText(canvas);
            top.setSimpleColumn(margin, bottomArea + 16 * scale, textRight, height - 40 * scale);
            top.addElement(paragraph(content.kicker(), 20 * scale, Font.BOLD, ACCENT, 0));
            top.addElement(paragraph(content.title(), 40 * scale, Font.BOLD, Color.BLACK, 12 * scale));
            for (String line : content.lines()) {
                top.addElement(paragraph(line, 20 * scale, Font.NORMAL, Color.BLACK, 10 * scale));
            }
            if (content.text() != null && !content.text().isBlank()) {
                top.addElement(paragraph(content.text(), 15 * scale, Font.NORMAL, Color.DARK_GRAY, 18 * scale));
            }
            top.go();

            QrCode.draw(canvas, content.url(), width - margin - qrSide + 8 * scale, margin - 8 * scale, qrSide);
            ColumnText bottom = new ColumnText(canvas);
            bottom.setSimpleColumn(margin, margin, width - margin - qrSide - 8 * scale, bottomArea);
            bottom.addElement(paragraph(content.callToAction(), 20 * scale, Font.BOLD, ACCENT, 0));
            bottom.addElement(paragraph(content.url(), 13 * scale, Font.NORMAL, Color.BLACK, 8 * scale));
            bottom.addElement(paragraph(content.signature(), 14 * scale, Font.BOLD, Color.BLACK, 24 * scale));
            bottom.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the poster", e);
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, float size, int style, Color color, float before) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, new Font(PaperPdf.font(), size, style, color));
        paragraph.setLeading(size * 1.25f);
        paragraph.setSpacingBefore(before);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }
}
