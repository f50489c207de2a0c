package pl.wiec.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What Wiec's paper documents laid out with OpenPDF share (paper forms, ballot cards, posters: things printed and
 * filled in or hung up, where the layout is the point): a Polish document with its title, Liberation Sans with every
 * Polish letter, and pictures as a PDF holds them. Documents read on screen, in BIP, are {@link PdfReport}s: tagged for
 * screen readers.
 */
public final class PaperPdf {

    private static final BaseFont SANS = sans();

    private PaperPdf() {
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
