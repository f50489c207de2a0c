package pl.wiec.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TypedNumbersTest {

    @Test
    void numbersAsPeopleKeyThem() {
        assertEquals(List.of(2), TypedNumbers.parse(" 2 "));
        assertEquals(List.of(3, 1, 4), TypedNumbers.parse("3 1 4"));
        assertEquals(List.of(1, 3, 5, 7), TypedNumbers.parse("1,3; 5+7"));
        assertEquals(List.of(), TypedNumbers.parse(""));
        assertEquals(List.of(), TypedNumbers.parse(null));
    }

    @Test
    void anythingElseIsRefused() {
        assertThrows(NumberFormatException.class, () -> TypedNumbers.parse("1 i 3"));
        assertThrows(NumberFormatException.class, () -> TypedNumbers.parse("-2"));
        assertThrows(NumberFormatException.class, () -> TypedNumbers.parse("1.5"));
    }
}
