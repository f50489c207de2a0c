package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void cellsAreQuotedSeparatedBySemicolonsAndFormulasMadeHarmless() {
        String csv = new String(
                CsvTable.bytes(List.of("a", "b"),
                        List.of(Arrays.asList("=HYPERLINK(\"x\")", null), List.of("Łódź; \"centrum\"", "-5"))),
                StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"a\";\"b\"\r\n\"'=HYPERLINK(\"\"x\"\")\";\"\"\r\n\"Łódź; \"\"centrum\"\"\";\"'-5\"\r\n",
                csv);
    }
}
