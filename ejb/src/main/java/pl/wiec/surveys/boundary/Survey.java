package pl.wiec.surveys.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.surveys.entity.Answer;

/**
 * A phase's survey for whoever looks: its pages; why the person may not answer (null if they may); whether they have
 * sent their answers and may still change them; and what they have answered so far (their draft, or what they sent),
 * the page they were on, and the pages those answers lead through. An anonymous answerer (not signed in, where the
 * phase lets anyone answer) keeps their answers in their browser's session: {@link #as} puts them in.
 */
public record Survey(long projectId, LocalizedText projectTitle, long phaseId, LocalizedText phaseTitle,
        List<SurveyPage> pages, ActionRule rule, Refusal refusal, boolean sent, boolean changeable, boolean drafting,
        Map<Long, Answer> answers, int page, List<Integer> path, Instant savedAt, boolean anonymous)
        implements Serializable {

    /** One page: its title (null: none) and its questions. */
    public record SurveyPage(LocalizedText title, List<PollQuestion> questions) implements Serializable {
    }

    /** The survey with an anonymous answerer's answers, page and way through them, and whether they sent it. */
    public Survey as(Map<Long, Answer> kept, int at, List<Integer> way, boolean done) {
        return new Survey(projectId, projectTitle, phaseId, phaseTitle, pages, rule, refusal, done, false,
                !kept.isEmpty(), kept, at, way, null, anonymous);
    }

    public boolean isReady() {
        return !pages.isEmpty();
    }

    /** The page the resident should see now: where the draft was left, else the first. */
    public int currentPage() {
        return page >= 0 && page < pages.size() ? page : 0;
    }

    /** The page before this one on the way the answers lead, or -1 on the first. */
    public int before(int page) {
        int at = path.indexOf(page);
        return at > 0 ? path.get(at - 1) : -1;
    }
}
