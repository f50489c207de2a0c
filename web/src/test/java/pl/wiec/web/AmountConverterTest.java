package pl.wiec.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountConverterTest {

    /** "12 000" and "12000,50" were refused with a message about the format of numbers. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "12 000|12000", "12000,50|12000.50", "12 000,50 zł|12000.50",
            "12.000,50|12000.50", "12000.50|12000.50", "12\u00a0000|12000", "1.250.000|1250000", "7,5|7.5",
            "350 000 PLN|350000" })
    void amountsAreReadAsPeopleInPolandWriteThem(String written, String amount) {
        assertEquals(new BigDecimal(amount), AmountConverter.parse(written));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dwanaście", "12,345", "12 000,5,0", "1.2.3", "12.0000", "--5", "" })
    void whatIsNotAnAmountIsNone(String written) {
        assertNull(AmountConverter.parse(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "12000|12 000", "12000.50|12 000,50", "240000.00|240 000", "999|999",
            "1234567.5|1 234 567,50" })
    void anAmountIsShownAsItIsWrittenInPolish(String amount, String written) {
        assertEquals(written, AmountConverter.written(new BigDecimal(amount)));
    }
}
