package pl.wiec.surveys.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The questions of one phase, in order, and whether residents see the results once they have answered. A phase has at
 * most one form (the database's unique key).
 */
@Entity
@Table(name = "survey_form")
public class Form {

    /** The most questions a poll asks. */
    public static final int MAX_QUESTIONS = 30;
    /** The most questions a survey asks. */
    public static final int MAX_SURVEY_QUESTIONS = 100;
    /** Where the last page (or skip logic) leads: the end of the form. */
    public static final int END = -1;

    @Id
    @SequenceGenerator(name = "survey_form_seq", sequenceName = "survey_form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_form_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "phase_id", nullable = false, unique = true)
    private long phaseId;

    @Column(name = "results_public", nullable = false)
    private boolean resultsPublic;

    /** Whether residents may change their answers while the phase runs. */
    @Column(nullable = false)
    private boolean editable;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Form() {
    }

    public Form(long projectId, long phaseId) {
        this.projectId = projectId;
        this.phaseId = phaseId;
    }

    /** Adds a question at the end. */
    public Question add(QuestionPlan plan) {
        if (questions.size() >= MAX_SURVEY_QUESTIONS) {
            throw new IllegalStateException("A form has at most " + MAX_SURVEY_QUESTIONS + " questions");
        }
        Question question = new Question(this, questions.size() + 1, plan);
        questions.add(question);
        return question;
    }

    public void remove(Question question) {
        questions.remove(question);
        renumber();
    }

    /** Moves the question one place up (-1) or down (+1); at either end it stays. */
    public void move(Question question, int by) {
        int from = questions.indexOf(question);
        int to = from + Integer.signum(by);
        if (from < 0 || to < 0 || to >= questions.size()) {
            return;
        }
        Collections.swap(questions, from, to);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).placeAt(i + 1);
        }
    }

    public void showResultsToResidents(boolean shown) {
        this.resultsPublic = shown;
    }

    public void allowChanges(boolean editable) {
        this.editable = editable;
    }

    public boolean editable() {
        return editable;
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public long phaseId() {
        return phaseId;
    }

    public boolean resultsPublic() {
        return resultsPublic;
    }

    public List<Question> questions() {
        return Collections.unmodifiableList(questions);
    }

    /**
     * What breaks the questions' rules in these answers (per question id, the chosen option ids; a question left out is
     * not answered): per question id, or under {@code 0} when nothing at all is answered. Empty when all is well.
     */
    public Map<Long, AnswerProblem> check(Map<Long, Set<Long>> answers) {
        Map<Long, Answer> chosen = new LinkedHashMap<>();
        answers.forEach((question, options) -> chosen.put(question, Answer.chose(options)));
        return checkAnswers(chosen);
    }

    /**
     * What breaks the questions' rules in these answers, along the pages the answers lead through (a question on a page
     * its skip logic passes by is not asked, and what was answered there does not count): per question id, or under
     * {@code 0} when nothing at all is answered. Empty when all is well.
     */
    public Map<Long, AnswerProblem> checkAnswers(Map<Long, Answer> answers) {
        Map<Long, AnswerProblem> problems = new LinkedHashMap<>();
        answers.keySet().stream().filter(id -> question(id).isEmpty())
                .forEach(id -> problems.put(id, AnswerProblem.UNKNOWN));
        boolean any = false;
        List<List<Question>> pages = pages();
        for (int page : path(answers)) {
            for (Question question : pages.get(page)) {
                Answer answer = answers.getOrDefault(question.id(), Answer.NONE);
                any |= !answer.isEmpty();
                question.problem(answer).ifPresent(problem -> problems.put(question.id(), problem));
            }
        }
        if (!any && problems.isEmpty()) {
            problems.put(0L, AnswerProblem.EMPTY);
        }
        return problems;
    }

    /** What breaks the rules of the questions on this page (0 for the first); empty when all is well. */
    public Map<Long, AnswerProblem> checkPage(int page, Map<Long, Answer> answers) {
        Map<Long, AnswerProblem> problems = new LinkedHashMap<>();
        for (Question question : pages().get(page)) {
            question.problem(answers.getOrDefault(question.id(), Answer.NONE))
                    .ifPresent(problem -> problems.put(question.id(), problem));
        }
        return problems;
    }

    /**
     * The questions page by page: a page begins with the form's first question and with each question marked to begin
     * one.
     */
    public List<List<Question>> pages() {
        List<List<Question>> pages = new ArrayList<>();
        for (Question question : questions) {
            if (pages.isEmpty() || question.startsPage() && !pages.get(pages.size() - 1).isEmpty()) {
                pages.add(new ArrayList<>());
            }
            pages.get(pages.size() - 1).add(question);
        }
        return pages;
    }

    /** The page (0 for the first) the question is on, or -1 when the form has no such question. */
    public int pageOf(long questionId) {
        List<List<Question>> pages = pages();
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).stream().anyMatch(question -> question.id() == questionId)) {
                return page;
            }
        }
        return -1;
    }

    /**
     * The page that follows this one given the answers: where the first chosen option with skip logic on it leads (a
     * later page, or {@link #END}), else the next page, or {@link #END} after the last. A skip back is never taken, so
     * every way through the form ends.
     */
    public int next(int page, Map<Long, Answer> answers) {
        for (Question question : pages().get(page)) {
            Set<Long> chosen = answers.getOrDefault(question.id(), Answer.NONE).options();
            for (AnswerOption option : question.options()) {
                QuestionPlan.Skip skip = option.skip();
                if (!chosen.contains(option.id()) || skip.isNext()) {
                    continue;
                }
                if (skip.toEnd()) {
                    return END;
                }
                int to = pageOf(skip.toQuestion());
                if (to > page) {
                    return to;
                }
            }
        }
        return page + 1 < pages().size() ? page + 1 : END;
    }

    /** The pages (0 for the first) the answers lead through, in order. */
    public List<Integer> path(Map<Long, Answer> answers) {
        List<Integer> path = new ArrayList<>();
        int page = questions.isEmpty() ? END : 0;
        while (page != END) {
            path.add(page);
            page = next(page, answers);
        }
        return path;
    }

    /** The answers to the questions on the pages they lead through (what skip logic passed by is dropped). */
    public Map<Long, Answer> onPath(Map<Long, Answer> answers) {
        List<List<Question>> pages = pages();
        Map<Long, Answer> kept = new LinkedHashMap<>();
        for (int page : path(answers)) {
            for (Question question : pages.get(page)) {
                Answer answer = answers.get(question.id());
                if (answer != null && !answer.isEmpty()) {
                    kept.put(question.id(), answer);
                }
            }
        }
        return kept;
    }

    /**
     * A form filled offline, as keyed: per question id, the numbers of the options marked (1 for the first; of a
     * ranking, the places written beside its options, in their order) or the value written, read into {@code answers};
     * what breaks the rules as {@link #checkAnswers} (along the pages the answers lead through), a number a question
     * lacks being {@code UNKNOWN} and a value that cannot be read named as such; a file question, which paper cannot
     * answer, is never required there. Store {@link #onPath} of the answers.
     */
    public Map<Long, AnswerProblem> checkPaper(Map<Long, List<Integer>> marked, Map<Long, String> written,
            Map<Long, Answer> answers) {
        Map<Long, AnswerProblem> unreadable = new LinkedHashMap<>();
        marked.forEach((questionId, numbers) -> {
            Optional<Question> question = question(questionId).filter(q -> q.kind().isChoice());
            if (question.isPresent() && question.get().kind().isRanking()) {
                question.get().optionsPlaced(numbers).ifPresentOrElse(
                        ranked -> answers.put(questionId, Answer.ranked(ranked)),
                        () -> unreadable.put(questionId, AnswerProblem.RANKING));
                return;
            }
            Optional<Set<Long>> ids = question.flatMap(q -> q.optionsNumbered(numbers));
            if (ids.isPresent()) {
                answers.put(questionId, Answer.chose(ids.get()));
            } else {
                unreadable.put(questionId, AnswerProblem.UNKNOWN);
            }
        });
        written.forEach((questionId, text) -> {
            Optional<Question> question = question(questionId).filter(q -> !q.kind().isChoice());
            TypedValue typed = question.map(q -> TypedValue.read(q.kind(), text))
                    .orElse(new TypedValue(null, AnswerProblem.UNKNOWN));
            if (typed.readable()) {
                answers.put(questionId, typed.answer());
            } else {
                unreadable.put(questionId, typed.problem());
            }
        });
        Map<Long, AnswerProblem> problems = checkAnswers(answers);
        // paper cannot carry a file: a required file question is answered online only
        problems.entrySet().removeIf(problem -> problem.getValue() == AnswerProblem.REQUIRED
                && question(problem.getKey()).filter(q -> !q.kind().onPaper()).isPresent());
        if (!unreadable.isEmpty()) {
            problems.remove(0L);
            problems.putAll(unreadable);
        }
        return problems;
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
