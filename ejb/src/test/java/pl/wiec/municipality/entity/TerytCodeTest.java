package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerytCodeTest {

    @ParameterizedTest
    @ValueSource(strings = { "2001011", "2010113", "1465011", "0201011", "3217052", " 2001011 " })
    void acceptsGminaCodesOfEveryVoivodeshipAndKind(String code) {
        assertTrue(TerytCode.isValid(code));
        assertEquals(code.trim(), TerytCode.of(code).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "200101", "20010111", "200101a", "2101011", "3401011", "0001011", "2000011", "2001001",
            "2001016", "2001017", "2001010" })
    void refusesWhatIsNotAGminaCode(String code) {
        assertFalse(TerytCode.isValid(code));
        assertThrows(IllegalArgumentException.class, () -> TerytCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1465011", "1465018" })
    void knowsWarsawDistrictsAndItsCityCode(String code) {
        assertTrue(TerytCode.isValid(code));
    }
}
