package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.web.ProjectPage;
import pl.wiec.projects.web.Refusals;
import pl.wiec.surveys.boundary.AlreadyAnswered;
import pl.wiec.surveys.boundary.AnswersRejected;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.boundary.Poll;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.web.Texts;

/**
 * A poll phase on the project page: its questions as radio buttons or checkboxes (plain inputs named {@code q-ID}, so
 * that every option is a labelled control in its question's fieldset), what the resident has to do first, or, once they
 * answered, thanks and the results where staff show them. A rejected answer names the question and keeps every choice
 * made.
 */
@Named
@ViewScoped
public class PollPhase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Polls polls;

    @Inject
    ProjectPage page;

    private Poll poll;
    private Map<Long, List<String>> sent = new HashMap<>();
    private Map<Long, AnswerProblem> problems = new HashMap<>();

    public Poll getPoll() {
        if (poll == null && page.getCurrentPhase() != null) {
            poll = polls.poll(page.getCurrentPhase().id()).orElse(null);
        }
        return poll;
    }

    /** Sends the answers; on a refusal or a broken rule says what and where, keeping every choice. */
    public void answer() {
        Poll shown = getPoll();
        if (shown == null || !shown.isReady()) {
            Texts.error("poll.closed");
            return;
        }
        Map<String, String[]> parameters = Faces.getRequestParameterValuesMap();
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        sent = new HashMap<>();
        problems = new HashMap<>();
        for (PollQuestion question : shown.questions()) {
            String[] values = parameters.get("q-" + question.id());
            List<String> raw = values == null ? List.of() : List.of(values);
            sent.put(question.id(), raw);
            List<Long> ids = new ArrayList<>();
            for (String value : raw) {
                try {
                    ids.add(Long.valueOf(value.trim()));
                } catch (NumberFormatException e) {
                    problems.put(question.id(), AnswerProblem.UNKNOWN);
                }
            }
            chosen.put(question.id(), ids);
        }
        if (!problems.isEmpty()) {
            Texts.error("poll.rejected");
            return;
        }
        try {
            polls.answer(shown.phaseId(), chosen);
            poll = null;
            sent = new HashMap<>();
            Texts.info("poll.answered");
        } catch (NotAllowed e) {
            Texts.errorText(refusalText(e.refusal()));
        } catch (AlreadyAnswered e) {
            poll = null;
            Texts.error("poll.alreadyAnswered");
        } catch (AnswersRejected e) {
            problems = new HashMap<>(e.problems());
            Texts.error(problems.containsKey(AnswersRejected.WHOLE) ? "poll.problem.EMPTY" : "poll.rejected");
        }
    }

    public String refusalText(Refusal refusal) {
        return refusal == Refusal.PHASE_CLOSED ? Texts.text("poll.closed")
                : Refusals.of(Action.ANSWER, refusal, getPoll().rule());
    }

    public boolean isChecked(PollQuestion question, PollQuestion.Option option) {
        return sent.getOrDefault(question.id(), List.of()).contains(String.valueOf(option.id()));
    }

    public String problemText(PollQuestion question) {
        AnswerProblem problem = problems.get(question.id());
        return problem == null ? null : Texts.text("poll.problem." + problem.name(), question.maxChoices());
    }

    /** The rule of the question in plain words (choose one; choose any; choose up to N). */
    public String ruleText(PollQuestion question) {
        if (!question.isMultiple()) {
            return Texts.text(question.required() ? "poll.rule.one" : "poll.rule.oneOptional");
        }
        return question.maxChoices() == null ? Texts.text("poll.rule.any")
                : Texts.text("poll.rule.upTo", question.maxChoices());
    }
}
