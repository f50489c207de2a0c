package pl.wiec.surveys.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;

/** How a form's questions fall into pages, and a page's into matrices, as residents and staff see them. */
class PollQuestionTest {

    private static final LocalizedText PARK = LocalizedText.polish("Jak oceniasz w parku…");

    private static PollQuestion question(long id, QuestionKind kind, boolean startsPage, LocalizedText grid,
            int points) {
        List<PollQuestion.Option> options = java.util.stream.LongStream.rangeClosed(1, points)
                .mapToObj(point -> new PollQuestion.Option(id * 100 + point, LocalizedText.polish("" + point),
                        QuestionPlan.Skip.NEXT, false))
                .toList();
        return new PollQuestion(id, (int) id, kind, LocalizedText.polish("Pytanie " + id), false, null, options,
                startsPage, null, null, null, grid, null);
    }

    private static List<List<Long>> ids(List<List<PollQuestion>> groups) {
        return groups.stream().map(group -> group.stream().map(PollQuestion::id).toList()).toList();
    }

    @Test
    void aPageBeginsWithTheFirstQuestionAndEachThatStartsOne() {
        List<PollQuestion> questions = List.of(question(1, QuestionKind.SINGLE_CHOICE, true, null, 2),
                question(2, QuestionKind.POINT, true, null, 0), question(3, QuestionKind.LONG_TEXT, false, null, 0),
                question(4, QuestionKind.NUMBER, true, null, 0));
        assertEquals(List.of(List.of(1L), List.of(2L, 3L), List.of(4L)), ids(PollQuestion.pages(questions)));
        assertEquals(List.of(List.of(1L, 2L)),
                ids(PollQuestion.pages(List.of(question(1, QuestionKind.NUMBER, false, null, 0),
                        question(2, QuestionKind.NUMBER, false, null, 0)))),
                "the first question begins the first page whether it says so or not");
    }

    @Test
    void consecutiveScalesSharingAMatrixTitleAndTheirPointsFormOneMatrix() {
        List<PollQuestion> questions = List.of(question(1, QuestionKind.SCALE, false, PARK, 5),
                question(2, QuestionKind.SCALE, false, PARK, 5), question(3, QuestionKind.SCALE, false, PARK, 4),
                question(4, QuestionKind.SCALE, true, PARK, 4), question(5, QuestionKind.SCALE, false, null, 4));
        assertEquals(List.of(List.of(1L, 2L), List.of(3L), List.of(4L), List.of(5L)),
                ids(PollQuestion.blocks(questions)), "other points, a new page or no matrix title begin anew");
    }
}
