package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    /** A workbook as Excel writes one: shared strings (one rich), numbers, a skipped row and a skipped cell. */
    private static byte[] workbook(String sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Ankiety\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"x\" Target=\"styles.xml\"/>"
                            + "<Relationship Id=\"rId3\" Type=\"x\" Target=\"worksheets/arkusz.xml\"/></Relationships>");
            put(zip, "xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>kanał</t></si><si><t>miejsce</t></si><si><r><t>punkt </t></r><r><t>konsultacyjny</t></r></si>"
                    + "<si><t xml:space=\"preserve\">1 3</t></si></sst>");
            put(zip, "xl/worksheets/arkusz.xml", sheet);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void readsTheFirstSheetAsTheSpreadsheetNumbersItsRowsAndColumns() throws Exception {
        byte[] file = workbook(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>P1</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"C2\"><v>2</v></c><c r=\"D2\" t=\"s\"><v>3</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>LOWER(\"X\")</f><v>x</v></c><c r=\"B4\"><v>2.5</v></c></row>"
                        + "</sheetData></worksheet>");
        assertTrue(XlsxReader.isXlsx(file));
        assertEquals(List.of(List.of("kanał", "miejsce", "P1"), List.of("punkt konsultacyjny", "", "2", "1 3"),
                List.of(), List.of("x", "2.5")), XlsxReader.records(file, 100, 100));
    }

    @Test
    void aDocumentTypeDefinitionIsRefused() throws Exception {
        byte[] file = workbook("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>");
        assertThrows(XlsxReader.Unreadable.class, () -> XlsxReader.records(file, 100, 100));
    }

    @Test
    void notAWorkbookIsUnreadable() {
        assertFalse(XlsxReader.isXlsx("kanał;miejsce".getBytes(StandardCharsets.UTF_8)));
        assertThrows(XlsxReader.Unreadable.class,
                () -> XlsxReader.records(new byte[] { 'P', 'K', 3, 4, 0, 0 }, 100, 100));
    }

    /**
     * The crafted files of a security review: a 1 KB workbook naming row 2,000,000,000 or column ZZZZZ made the reader
     * pad a list up to that index and ran the server out of heap. The reader refuses at the index, before padding.
     */
    @Test
    void aRowOrColumnNumberPastTheLimitIsRefusedBeforeAnythingIsPaddedUpToIt() throws Exception {
        byte[] farRow = workbook(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row></sheetData></worksheet>");
        byte[] farColumn = workbook(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"ZZZZZ1\"><v>1</v></c></row></sheetData></worksheet>");
        assertTrue(farRow.length < 2048 && farColumn.length < 2048, "small files");
        long before = usedHeap();
        CsvReader.TooLarge rows = assertThrows(CsvReader.TooLarge.class,
                () -> XlsxReader.records(farRow, 100_001, 1_000));
        assertFalse(rows.isTooWide());
        CsvReader.TooLarge columns = assertThrows(CsvReader.TooLarge.class,
                () -> XlsxReader.records(farColumn, 100_001, 1_000));
        assertTrue(columns.isTooWide());
        assertTrue(usedHeap() - before < 64L * 1024 * 1024, "the heap stays flat");
    }

    static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
