package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsWhatExcelInPolishSaves() throws Exception {
        byte[] cp1250 = "kanał;miejsce;P1\r\npapier;Urząd Miejski;1\r\n".getBytes(Charset.forName("windows-1250"));
        assertEquals(List.of(List.of("kanał", "miejsce", "P1"), List.of("papier", "Urząd Miejski", "1")),
                CsvReader.records(CsvReader.decode(cp1250), 100, 100));
    }

    @Test
    void dropsTheByteOrderMarkOfUtf8() throws Exception {
        byte[] utf8 = "\uFEFFkanał,miejsce\npoczta,Żółta 1".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("kanał", "miejsce"), List.of("poczta", "Żółta 1")),
                CsvReader.records(CsvReader.decode(utf8), 100, 100));
    }

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndQuotes() throws Exception {
        assertEquals(List.of(List.of("a", "b"), List.of("Rynek; ul. \"Długa\"", "1 3\n4"), List.of("", "")),
                CsvReader.records("a;b\n\"Rynek; ul. \"\"Długa\"\"\";\"1 3\n4\"\n;\n", 100, 100));
    }

    @Test
    void tabsWhenTheHeaderHasThem() throws Exception {
        assertEquals(List.of(List.of("kanał", "miejsce; rynek")), CsvReader.records("kanał\tmiejsce; rynek", 100, 100));
    }

    /** A 9 MB file of line breaks made millions of empty records; the reader stops at the first past its limit. */
    @Test
    void aFileOfNothingButLineBreaksStopsAtTheLimitOfRecords() {
        String newlines = "\n".repeat(9 * 1024 * 1024);
        long before = XlsxReaderTest.usedHeap();
        CsvReader.TooLarge refused = assertThrows(CsvReader.TooLarge.class,
                () -> CsvReader.records(newlines, 100_001, 1_000));
        assertFalse(refused.isTooWide());
        assertTrue(XlsxReaderTest.usedHeap() - before < 64L * 1024 * 1024, "the heap stays flat");
        assertThrows(CsvReader.TooLarge.class, () -> CsvReader.records(";".repeat(5_000), 100, 1_000),
                "a row of more cells than any form has");
        assertEquals(3, assertDoesNotThrow(() -> CsvReader.records("a\n\nb\n", 3, 1_000)).size());
    }
}
