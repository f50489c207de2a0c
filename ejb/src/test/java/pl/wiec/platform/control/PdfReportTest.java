package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A report is a tagged PDF a screen reader can follow: title, language, headings, paragraphs, tables with headers. */
class PdfReportTest {

    private static byte[] report() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport report = new PdfReport(bytes, "Protokół — Budżet obywatelski 2027 <test> & „próba”")) {
            report.heading("Głosujący i karty");
            report.text("Zagłosowało 1 234 osób; zażółć gęślą jaźń.");
            report.table(List.of("Nr", "Projekt", "Koszt"),
                    List.of(List.of("1", "Ławki nad Nettą", "120 000,00\u00A0zł"),
                            List.of("2", "Plac <zabaw> & boisko", "95 000,00\u00A0zł")),
                    6, 40, 16);
            report.signatures(List.of("Anna Nowak", "Jan Kowalski"));
        }
        return bytes.toByteArray();
    }

    @Test
    void theReportIsTaggedWithItsTitleLanguageAndStructure() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report())) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
            assertEquals("pl-PL", pdf.getDocumentCatalog().getLanguage());
            assertEquals("Protokół — Budżet obywatelski 2027 <test> & „próba”",
                    pdf.getDocumentInformation().getTitle());
            assertTrue(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            List<String> tags = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
            for (String tag : List.of("H1", "H2", "P", "Table", "THead", "TH", "TBody", "TR", "TD")) {
                assertTrue(tags.contains(tag), tag + " in " + tags);
            }
            for (PDFont font : List.of(pdf.getPage(0).getResources().getFontNames()).stream()
                    .flatMap(names -> java.util.stream.StreamSupport.stream(names.spliterator(), false)).map(name -> {
                        try {
                            return pdf.getPage(0).getResources().getFont(name);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList()) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theTextKeepsPolishLettersAndMarkupCharacters() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(report())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("zażółć gęślą jaźń"), text);
            assertTrue(text.contains("Plac <zabaw> & boisko"), text);
            assertTrue(text.contains("120 000,00"), text);
            assertTrue(text.contains("Anna Nowak"), text);
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        assertNotNull(node, "a structure tree");
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collect(element, tags);
            }
        }
    }
}
