package pl.wiec.system.support;

/** What a PDF says, as one line of text (whitespace collapsed): for asserting what a document tells its reader. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
