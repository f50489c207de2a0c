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

    public static final int MAX_QUESTIONS = 30;

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
        if (questions.size() >= MAX_QUESTIONS) {
            throw new IllegalStateException("A form has at most " + MAX_QUESTIONS + " questions");
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
        Map<Long, AnswerProblem> problems = new LinkedHashMap<>();
        answers.keySet().stream().filter(id -> question(id).isEmpty())
                .forEach(id -> problems.put(id, AnswerProblem.UNKNOWN));
        boolean any = false;
        for (Question question : questions) {
            Set<Long> options = answers.getOrDefault(question.id(), Set.of());
            any |= !options.isEmpty();
            Set<Long> offered = question.options().stream().map(AnswerOption::id).collect(Collectors.toSet());
            if (!offered.containsAll(options)) {
                problems.put(question.id(), AnswerProblem.UNKNOWN);
            } else if (options.isEmpty() && question.required()) {
                problems.put(question.id(), AnswerProblem.REQUIRED);
            } else if (!question.isMultiple() && options.size() > 1) {
                problems.put(question.id(), AnswerProblem.ONE_ONLY);
            } else if (question.maxChoices() != null && options.size() > question.maxChoices()) {
                problems.put(question.id(), AnswerProblem.TOO_MANY);
            }
        }
        if (!any && problems.isEmpty()) {
            problems.put(0L, AnswerProblem.EMPTY);
        }
        return problems;
    }

    /**
     * Answers marked on paper (per question id, the numbers of the options marked, 1 for the first) as option ids, into
     * {@code answers}; what breaks the rules as {@link #check}, a number a question lacks being {@code UNKNOWN}.
     */
    public Map<Long, AnswerProblem> checkMarks(Map<Long, List<Integer>> marked, Map<Long, Set<Long>> answers) {
        Map<Long, AnswerProblem> unknown = new LinkedHashMap<>();
        marked.forEach((questionId, numbers) -> {
            Optional<Set<Long>> ids = question(questionId).flatMap(q -> q.optionsNumbered(numbers));
            if (ids.isPresent()) {
                answers.put(questionId, ids.get());
            } else {
                unknown.put(questionId, AnswerProblem.UNKNOWN);
            }
        });
        Map<Long, AnswerProblem> problems = check(answers);
        if (!unknown.isEmpty()) {
            problems.remove(0L);
            problems.putAll(unknown);
        }
        return problems;
    }

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
