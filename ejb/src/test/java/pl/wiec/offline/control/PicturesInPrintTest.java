package pl.wiec.offline.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

/**
 * Pictures in print, where PDF can hold them (PNG, JPEG): a poster carries the municipality's coat of arms in the top
 * corner (the address under the QR code keeps its line); a paper form shows an option's picture under its label, or
 * what it shows in words.
 */
class PicturesInPrintTest {

    private static Poster.Content content(byte[] logo) {
        return new Poster.Content("Konsultacje społeczne", "Park nad Nettą", List.of("1–30 czerwca"),
                "Powiedz, co zmienić.", "Weź udział online", "http://127.0.0.1:8180/event.xhtml?id=1", "Gmina Augustów",
                logo);
    }

    /** The pictures on the first page (the QR code is drawn, not a picture). */
    private static int pictures(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
            PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            int pictures = 0;
            if (objects != null) {
                for (PdfName name : objects.getKeys()) {
                    PdfDictionary object = (PdfDictionary) PdfReader.getPdfObject(objects.get(name));
                    pictures += PdfName.IMAGE.equals(object.getAsName(PdfName.SUBTYPE)) ? 1 : 0;
                }
            }
            return pictures;
        } finally {
            reader.close();
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 70, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    private static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void aPaperFormShowsAnOptionsPictureUnderItsLabelOrSaysWhatItShows() throws Exception {
        PrintedForm.Question variants = new PrintedForm.Question(1, "Który wariant alejki?", true,
                "Zaznacz jedną odpowiedź.", List.of("Wariant A", "Wariant B", "Wariant C"), 0,
                java.util.Arrays.asList(new PrintedForm.Picture(png(), "Alejka z ławkami"),
                        new PrintedForm.Picture(WEBP, "Alejka z latarniami"), null),
                "Plansze z wariantami wiszą w holu urzędu.");
        PrintedForm.Content form = new PrintedForm.Content("Ankieta", List.of("Zaznacz krzyżykiem."), List.of(variants),
                "http://127.0.0.1:8180/project.xhtml?id=8", "Online:", "* wymagane");
        for (boolean large : List.of(false, true)) {
            byte[] pdf = PrintedForm.of(form, large);
            assertEquals(1, pictures(pdf), "the PNG; the WebP PDF cannot hold");
            PdfReader reader = new PdfReader(pdf);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertTrue(text.contains("(Alejka z latarniami)"), text);
            assertTrue(text.contains("Wariant A") && text.contains("Wariant C"), text);
            assertTrue(text.contains("Plansze z wariantami wiszą w holu urzędu."),
                    "what explains the question: " + text);
        }
    }

    @Test
    void theCoatOfArmsStandsInTheTopCornerWhenItIsAPngOrJpeg() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(png());
        assertEquals(1, pictures(Poster.of(content(png.toByteArray()), PageSize.A4)));
        assertEquals(1, pictures(Poster.of(content(png.toByteArray()), PageSize.A3)));
        assertEquals(0, pictures(Poster.of(content(null), PageSize.A4)), "none kept: none shown");
        for (com.lowagie.text.Rectangle size : List.of(PageSize.A4, PageSize.A3)) {
            PdfReader reader = new PdfReader(Poster.of(content(png.toByteArray()), size));
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertTrue(text.contains("http://127.0.0.1:8180/event.xhtml?id=1"), text);
        }
        assertEquals(0, pictures(Poster.of(content(WEBP), PageSize.A4)), "a WebP PDF cannot hold is left out");
    }
}
