package pl.wiec.municipality.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResidentQuestionsTest {

    @Test
    void areasAreTheTrimmedDistinctNonEmptyLinesInTheirOrder() {
        ResidentQuestions questions = new ResidentQuestions(true, false,
                " Śródmieście \r\n\nLipowiec\nŚródmieście\n  ");
        assertEquals(List.of("Śródmieście", "Lipowiec"), questions.residenceAreas());
        assertTrue(questions.asksAnything());
    }

    @Test
    void askingNothingIsPossible() {
        ResidentQuestions nothing = new ResidentQuestions(false, false, "  \n ");
        assertFalse(nothing.asksAnything());
        assertEquals(List.of(), nothing.residenceAreas());
        assertEquals(nothing, new ResidentQuestions(false, false, null), "so no change is audited");
    }
}
