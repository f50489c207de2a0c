package pl.wiec.surveys.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollQuestion;

/** {@code #{surveyLabels}}: the page numbers staff see in a survey's builder (1 for the first page). */
@Named
@ApplicationScoped
public class SurveyLabels {

    /** The number of the page holding the question, or 0 when the survey has no such question. */
    public int pageNumber(PollDesign design, long questionId) {
        return pageNumber(design.questions(), questionId);
    }

    static int pageNumber(List<PollQuestion> questions, long questionId) {
        List<List<PollQuestion>> pages = PollQuestion.pages(questions);
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).stream().anyMatch(question -> question.id() == questionId)) {
                return page + 1;
            }
        }
        return 0;
    }
}
