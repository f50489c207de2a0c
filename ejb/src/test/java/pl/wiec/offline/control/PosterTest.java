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
 * A poster carries the municipality's coat of arms where PDF can hold it (PNG, JPEG), in the top corner: the address
 * under the QR code keeps its line.
 */
class PosterTest {

    private static Poster.Content content(byte[] logo) {
        return new Poster.Content("Konsultacje społeczne", "Park nad Nettą", List.of("1–30 czerwca"),
                "Powiedz, co zmienić.", "Weź udział online", "http://127.0.0.1:8180/event.xhtml?id=1", "Gmina Augustów",
                logo);
    }

    /** The pictures on the poster's page besides the QR code (which is drawn, not a picture). */
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

    @Test
    void theCoatOfArmsStandsBesideTheNameWhenItIsAPngOrJpeg() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 70, BufferedImage.TYPE_INT_RGB), "png", png);
        assertEquals(1, pictures(Poster.of(content(png.toByteArray()), PageSize.A4)));
        assertEquals(1, pictures(Poster.of(content(png.toByteArray()), PageSize.A3)));
        assertEquals(0, pictures(Poster.of(content(null), PageSize.A4)), "none kept: none shown");
        for (com.lowagie.text.Rectangle size : List.of(PageSize.A4, PageSize.A3)) {
            PdfReader reader = new PdfReader(Poster.of(content(png.toByteArray()), size));
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            assertTrue(text.contains("http://127.0.0.1:8180/event.xhtml?id=1"), text);
        }
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(0, pictures(Poster.of(content(webp), PageSize.A4)), "a WebP PDF cannot hold is left out");
    }
}
