package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import pl.wiec.projects.web.ProjectPage;
import pl.wiec.surveys.boundary.Survey;
import pl.wiec.surveys.boundary.Surveys;

/** A survey phase on the project page: its size and the way in (see {@code survey.xhtml}). */
@Named
@ViewScoped
public class SurveyPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    ProjectPage page;

    @Inject
    AnonymousAnswers anonymous;

    private Survey survey;

    public Survey getSurvey() {
        if (survey == null && page.getCurrentPhase() != null) {
            long phase = page.getCurrentPhase().id();
            survey = surveys.survey(phase).orElse(null);
            if (survey != null && survey.anonymous()) {
                survey = survey.as(anonymous.of(phase), anonymous.page(phase), List.of(), anonymous.isSent(phase));
            }
        }
        return survey;
    }

    public int getQuestionCount() {
        return getSurvey() == null ? 0 : getSurvey().pages().stream().mapToInt(shown -> shown.questions().size()).sum();
    }
}
