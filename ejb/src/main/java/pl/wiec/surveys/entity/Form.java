package pl.wiec.surveys.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

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

    public Optional<Question> question(long questionId) {
        return questions.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
