package pl.wiec.surveys.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import pl.wiec.surveys.boundary.GeoAnswer;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.SurveyResults;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.boundary.TextAnswers;

/**
 * {@code backoffice/survey-results.xhtml?phase=N[&question=Q&search=…&from=K]}: a survey's results for the project's
 * staff, question by question: choices as tables split by channel (bars beside, the numbers in the table), numbers and
 * dates as their range, text answers listed newest first and searchable (a GET form per question, so a search can be
 * bookmarked), points on a map with their count. The whole export is a link ({@code survey.csv}).
 */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Text answers shown per question (and per page of a search). */
    static final int TEXTS = 20;

    @Inject
    Surveys surveys;

    private Long phase;
    private Long question;
    private String search;
    private int from;
    private SurveyResults results;
    private final Map<Long, TextAnswers> texts = new HashMap<>();
    private final Map<Long, List<GeoAnswer>> points = new HashMap<>();

    public void load() {
        try {
            results = phase == null ? null : surveys.results(phase).orElse(null);
        } catch (jakarta.ejb.EJBAccessException notTheirs) {
            Faces.responseSendError(403, "Not the project's staff");
            Faces.responseComplete();
            return;
        }
        if (results == null) {
            Faces.responseSendError(404, "No such survey");
            Faces.responseComplete();
        }
    }

    /** The text answers shown for the question: the search's page for the question searched, else the newest. */
    public TextAnswers texts(PollQuestion shown) {
        return texts.computeIfAbsent(shown.id(),
                id -> id.equals(question) ? surveys.texts(phase, id, search, Math.max(0, from), TEXTS)
                        : surveys.texts(phase, id, null, 0, TEXTS));
    }

    public List<GeoAnswer> points(PollQuestion shown) {
        return points.computeIfAbsent(shown.id(), id -> surveys.points(phase, id));
    }

    /** The first hundred points, for the table beside the map (all of them are in the export). */
    public List<GeoAnswer> firstPoints(PollQuestion shown) {
        List<GeoAnswer> all = points(shown);
        return all.subList(0, Math.min(100, all.size()));
    }

    /** The points as JSON for the map: [[lat, lng], …]. */
    public String pointsJson(PollQuestion shown) {
        return points(shown).stream()
                .map(point -> String.format(Locale.ROOT, "[%.6f,%.6f]", point.latitude(), point.longitude()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** The search typed for the question (empty for the others). */
    public String searchFor(PollQuestion shown) {
        return Long.valueOf(shown.id()).equals(question) && search != null ? search : "";
    }

    /** The place of the first answer shown for the question (0 unless it is the question searched). */
    public int fromFor(PollQuestion shown) {
        return Long.valueOf(shown.id()).equals(question) ? Math.max(0, from) : 0;
    }

    public int getPageSize() {
        return TEXTS;
    }

    public SurveyResults getResults() {
        return results;
    }

    public Long getPhase() {
        return phase;
    }

    public void setPhase(Long phase) {
        this.phase = phase;
    }

    public Long getQuestion() {
        return question;
    }

    public void setQuestion(Long question) {
        this.question = question;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.length() <= 200 ? search : search.substring(0, 200);
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }
}
