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

import pl.wiec.municipality.boundary.MunicipalityProfile;
import pl.wiec.residents.entity.Gender;
import pl.wiec.surveys.boundary.GeoAnswer;
import pl.wiec.surveys.boundary.SurveyFilter;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.SurveyResults;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.boundary.TextAnswers;
import pl.wiec.surveys.boundary.FileAnswers;
import pl.wiec.surveys.entity.Coordinate;

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

    @Inject
    MunicipalityProfile municipality;

    private Long phase;
    private Long option;
    private Gender gender;
    private SurveyFilter.AgeGroup age;
    private String area;
    private SurveyFilter filter = SurveyFilter.NONE;
    private Long question;
    private String search;
    private int from;
    private SurveyResults results;
    private Map<Long, List<PollQuestion>> matrices;
    private final Map<Long, TextAnswers> texts = new HashMap<>();
    private final Map<Long, FileAnswers> files = new HashMap<>();
    private final Map<Long, List<GeoAnswer>> points = new HashMap<>();
    private final Map<Long, List<List<Coordinate>>> shapes = new HashMap<>();

    public void load() {
        filter = new SurveyFilter(option, gender, age, area == null || area.isBlank() ? null : area);
        try {
            results = phase == null ? null : surveys.results(phase, filter).orElse(null);
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
                id -> id.equals(question) ? surveys.texts(phase, id, search, Math.max(0, from), TEXTS, filter)
                        : surveys.texts(phase, id, null, 0, TEXTS, filter));
    }

    /** The files sent for the question, newest first: the page asked for, else the first. */
    public FileAnswers files(PollQuestion shown) {
        return files.computeIfAbsent(shown.id(),
                id -> surveys.files(phase, id, id.equals(question) ? Math.max(0, from) : 0, TEXTS, filter));
    }

    public List<GeoAnswer> points(PollQuestion shown) {
        return points.computeIfAbsent(shown.id(), id -> surveys.points(phase, id, filter));
    }

    /** The lines or areas drawn, as JSON for the map: [[[lat, lng], …], …]. */
    public String shapesJson(PollQuestion shown) {
        List<List<Coordinate>> drawn = shapes.computeIfAbsent(shown.id(), id -> surveys.shapes(phase, id, filter));
        return drawn.stream()
                .map(shape -> shape.stream()
                        .map(c -> String.format(Locale.ROOT, "[%.6f,%.6f]", c.latitude(), c.longitude()))
                        .collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "[", "]"));
    }

    public int shapeCount(PollQuestion shown) {
        return shapes.computeIfAbsent(shown.id(), id -> surveys.shapes(phase, id, filter)).size();
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

    /** The rows of each matrix (consecutive scales sharing a matrix title), under the id of its first row. */
    public Map<Long, List<PollQuestion>> getMatrices() {
        if (matrices == null) {
            matrices = new HashMap<>();
            PollQuestion.blocks(results.questions()).stream().filter(block -> block.size() > 1)
                    .forEach(block -> matrices.put(block.get(0).id(), block));
        }
        return matrices;
    }

    /** The choice questions, whose options the filter offers. */
    public List<PollQuestion> getChoiceQuestions() {
        // a ranking's every respondent chose every option: filtering by one would let all of them through
        return results.questions().stream().filter(q -> q.isChoice() && !q.isRanking()).toList();
    }

    /** The areas residents say they live in (the municipality's list). */
    public List<String> getAreas() {
        return municipality.current().residentQuestions().residenceAreas();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public SurveyFilter.AgeGroup[] getAgeGroups() {
        return SurveyFilter.AgeGroup.values();
    }

    /** The query string of the filter, for links that keep it (empty without one). */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (option != null) {
            query.append("&option=").append(option);
        }
        if (gender != null) {
            query.append("&gender=").append(gender);
        }
        if (age != null) {
            query.append("&age=").append(age);
        }
        if (filter.area() != null) {
            query.append("&area=")
                    .append(java.net.URLEncoder.encode(filter.area(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public SurveyFilter getFilter() {
        return filter;
    }

    public Long getOption() {
        return option;
    }

    public void setOption(Long option) {
        this.option = option;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public SurveyFilter.AgeGroup getAge() {
        return age;
    }

    public void setAge(SurveyFilter.AgeGroup age) {
        this.age = age;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null || area.length() <= 200 ? area : area.substring(0, 200);
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
