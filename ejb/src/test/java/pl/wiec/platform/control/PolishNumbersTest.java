package pl.wiec.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PolishNumbersTest {

    @Test
    void amountsAreWrittenThePolishWayAndNeverBreakAcrossLines() {
        assertEquals("120\u00A0000,00\u00A0zł", PolishNumbers.amount(new BigDecimal("120000")));
        assertEquals("12\u00A0000,50\u00A0zł", PolishNumbers.amount(new BigDecimal("12000.5")));
        assertEquals("0,00\u00A0zł", PolishNumbers.amount(BigDecimal.ZERO));
        assertEquals("1\u00A0234\u00A0567", PolishNumbers.count(1_234_567));
    }

    @Test
    void aSpreadsheetGetsADecimalCommaWithoutGrouping() {
        assertEquals("120000,00", PolishNumbers.plainAmount(new BigDecimal("120000")));
        assertEquals("12000,50", PolishNumbers.plainAmount(new BigDecimal("12000.5")));
    }
}
