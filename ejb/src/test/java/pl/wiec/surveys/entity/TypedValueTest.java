package pl.wiec.surveys.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values written on paper or typed in a field, read the same way everywhere. */
class TypedValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2,5|2.5", "1 250|1250", "-3|-3", "12.75|12.75" })
    void numbersTakeADecimalCommaAndSpaces(String typed, String number) {
        assertEquals(0,
                new BigDecimal(number).compareTo(TypedValue.read(QuestionKind.NUMBER, typed).answer().number()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "15.06.2026", "2026-06-15", "15.6.2026" })
    void datesArePolishOrIso(String typed) {
        assertEquals(LocalDate.of(2026, 6, 15), TypedValue.read(QuestionKind.DATE, typed).answer().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "53.8436, 22.9799", "53,8436 22,9799", "53,8436; 22,9799", "53.8436 22.9799",
            "53.8436,22.9799" })
    void aPointIsItsTwoCoordinates(String typed) {
        Answer point = TypedValue.read(QuestionKind.POINT, typed).answer();
        assertEquals(53.8436, point.latitude(), 1e-9);
        assertEquals(22.9799, point.longitude(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "NUMBER|dwanaście|NOT_A_NUMBER", "DATE|15 czerwca|NOT_A_DATE",
            "DATE|31.02.2026|NOT_A_DATE", "POINT|przy stawie|OUTSIDE_MAP", "POINT|53,84,22,98|OUTSIDE_MAP" })
    void whatCannotBeReadIsNamed(QuestionKind kind, String typed, AnswerProblem problem) {
        assertEquals(problem, TypedValue.read(kind, typed).problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "SHORT_TEXT", "NUMBER", "DATE", "POINT" })
    void blankIsNoAnswer(QuestionKind kind) {
        assertEquals(Answer.NONE, TypedValue.read(kind, "  ").answer());
    }

    @org.junit.jupiter.api.Test
    void aShapeIsItsPointsInOrderAndGoesOutAsWkt() {
        Answer area = TypedValue.read(QuestionKind.AREA, "53,84 22,98; 53,85 22,99; 53,84 22,99").answer();
        assertEquals(List.of(new Coordinate(53.84, 22.98), new Coordinate(53.85, 22.99), new Coordinate(53.84, 22.99)),
                area.shape());
        assertEquals(area.shape(),
                TypedValue.read(QuestionKind.AREA, "53.84 22.98, 53.85 22.99,53.84 22.99").answer().shape(),
                "commas between points, decimal points");
        assertEquals("POLYGON ((22.980000 53.840000, 22.990000 53.850000, 22.990000 53.840000, 22.980000 53.840000))",
                Coordinate.wkt(area.shape(), true), "closed, longitude first");
        assertEquals(area.shape(), Coordinate.parse(Coordinate.text(area.shape())));
        assertEquals(AnswerProblem.OUTSIDE_MAP,
                TypedValue.read(QuestionKind.LINE, "53.84 22.98, przy stawie").problem());
    }
}
