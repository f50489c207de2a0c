package pl.wiec.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeselTest {

    @ParameterizedTest
    @CsvSource({ "44051401359, 1944-05-14", "02070803628, 1902-07-08", "02270803624, 2002-07-08",
            "87022212345, 1987-02-22", "09312112348, 2009-11-21", "80810100004, 1880-01-01" })
    void acceptsValidNumbersAndReadsTheirDateOfBirth(String digits, LocalDate born) {
        assertTrue(Pesel.isValid(digits), digits);
        assertEquals(born, Pesel.of(digits).birthDate());
    }

    @ParameterizedTest
    @ValueSource(strings = { "44051401358", "4405140135", "440514013590", "4405140135a", "44133101353", "44023001359",
            "" })
    void refusesWrongCheckDigitsLengthsCharactersAndImpossibleDates(String digits) {
        assertFalse(Pesel.isValid(digits), digits);
        assertThrows(IllegalArgumentException.class, () -> Pesel.of(digits));
    }

    @ParameterizedTest
    @ValueSource(strings = { "44051401359" })
    void neverShowsTheNumberInText(String digits) {
        assertFalse(Pesel.of(digits).toString().contains(digits));
    }
}
