package pl.wiec.surveys.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.wiec.projects.entity.LocalizedText;

class QuestionTest {

    private static List<LocalizedText> options(String... labels) {
        return java.util.Arrays.stream(labels).map(LocalizedText::polish).toList();
    }

    private static QuestionPlan plan(QuestionKind kind, Integer max, List<LocalizedText> options) {
        return new QuestionPlan(LocalizedText.polish("Pytanie?"), kind, true, max, options);
    }

    @Test
    void aQuestionNeedsAPolishTitleAndTwoToTwentyDistinctOptions() {
        assertNull(plan(QuestionKind.SINGLE_CHOICE, null, options("Tak", "Nie")).problem());
        assertEquals(QuestionPlan.Problem.TITLE, new QuestionPlan(new LocalizedText(" ", "Question?"),
                QuestionKind.SINGLE_CHOICE, true, null, options("Tak", "Nie")).problem());
        assertEquals(QuestionPlan.Problem.OPTION_COUNT,
                plan(QuestionKind.SINGLE_CHOICE, null, options("Tak")).problem());
        assertEquals(QuestionPlan.Problem.OPTION_COUNT,
                plan(QuestionKind.SINGLE_CHOICE, null, java.util.stream.IntStream.rangeClosed(1, 21)
                        .mapToObj(i -> LocalizedText.polish("Opcja " + i)).toList()).problem());
        assertEquals(QuestionPlan.Problem.OPTION, plan(QuestionKind.SINGLE_CHOICE, null,
                List.of(LocalizedText.polish("Tak"), new LocalizedText(null, "No"))).problem());
        assertEquals(QuestionPlan.Problem.DUPLICATE_OPTION,
                plan(QuestionKind.SINGLE_CHOICE, null, options("Tak", "TAK")).problem());
    }

    @Test
    void aMaximumIsForAMultipleChoiceAndAtMostItsOptions() {
        assertNull(plan(QuestionKind.MULTIPLE_CHOICE, 2, options("A", "B", "C")).problem());
        assertNull(plan(QuestionKind.MULTIPLE_CHOICE, null, options("A", "B", "C")).problem(), "no maximum");
        assertEquals(QuestionPlan.Problem.MAX_CHOICES,
                plan(QuestionKind.MULTIPLE_CHOICE, 4, options("A", "B", "C")).problem());
        assertEquals(QuestionPlan.Problem.MAX_CHOICES,
                plan(QuestionKind.SINGLE_CHOICE, 1, options("A", "B")).problem());
    }

    @Test
    void correctingLabelsKeepsTheOptionsAndTheFormKeepsItsOrder() {
        Form form = new Form(1, 2);
        Question first = form.add(plan(QuestionKind.SINGLE_CHOICE, null, options("Tak", "Nie")));
        Question second = form.add(plan(QuestionKind.MULTIPLE_CHOICE, 2, options("A", "B", "C")));
        AnswerOption yes = first.options().get(0);
        first.revise(plan(QuestionKind.SINGLE_CHOICE, null, options("Tak, chętnie", "Nie")));
        assertEquals(yes, first.options().get(0), "the same option, relabelled");
        assertEquals("Tak, chętnie", first.options().get(0).label().pl());
        second.revise(plan(QuestionKind.MULTIPLE_CHOICE, null, options("A", "B")));
        assertEquals(2, second.options().size(), "a removed option goes");

        form.move(second, -1);
        assertEquals(List.of(second, first), form.questions());
        assertEquals(List.of(1, 2), form.questions().stream().map(Question::position).toList());
        form.move(second, -1);
        assertEquals(List.of(second, first), form.questions(), "the first stays first");
        form.remove(second);
        assertEquals(1, first.position());
    }
}
