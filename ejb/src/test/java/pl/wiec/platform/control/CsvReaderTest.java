package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsWhatExcelInPolishSaves() {
        byte[] cp1250 = "kanał;miejsce;P1\r\npapier;Urząd Miejski;1\r\n".getBytes(Charset.forName("windows-1250"));
        assertEquals(List.of(List.of("kanał", "miejsce", "P1"), List.of("papier", "Urząd Miejski", "1")),
                CsvReader.records(CsvReader.decode(cp1250)));
    }

    @Test
    void dropsTheByteOrderMarkOfUtf8() {
        byte[] utf8 = "\uFEFFkanał,miejsce\npoczta,Żółta 1".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("kanał", "miejsce"), List.of("poczta", "Żółta 1")),
                CsvReader.records(CsvReader.decode(utf8)));
    }

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndQuotes() {
        assertEquals(List.of(List.of("a", "b"), List.of("Rynek; ul. \"Długa\"", "1 3\n4"), List.of("", "")),
                CsvReader.records("a;b\n\"Rynek; ul. \"\"Długa\"\"\";\"1 3\n4\"\n;\n"));
    }

    @Test
    void tabsWhenTheHeaderHasThem() {
        assertEquals(List.of(List.of("kanał", "miejsce; rynek")), CsvReader.records("kanał\tmiejsce; rynek"));
    }
}
