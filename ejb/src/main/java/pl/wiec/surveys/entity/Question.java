package pl.wiec.surveys.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.projects.entity.LocalizedText;

/** One question of a form: its place, kind, title, whether it must be answered, and its options in order. */
@Entity
@Table(name = "survey_question")
public class Question {

    @Id
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "form_id", nullable = false)
    private Form form;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "title_pl", nullable = false, length = QuestionPlan.TITLE_LENGTH)
    private String titlePl;

    @Column(name = "title_en", length = QuestionPlan.TITLE_LENGTH)
    private String titleEn;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AnswerOption> options = new ArrayList<>();

    protected Question() {
    }

    Question(Form form, int position, QuestionPlan plan) {
        this.form = form;
        this.position = position;
        revise(plan);
    }

    /**
     * Takes the plan's texts and settings; options are matched by place, so an option keeps its identity (and its
     * answers) when only its label is corrected.
     */
    public void revise(QuestionPlan plan) {
        this.kind = plan.kind();
        this.titlePl = plan.title().pl();
        this.titleEn = plan.title().en();
        this.required = plan.required();
        this.maxChoices = plan.kind() == QuestionKind.MULTIPLE_CHOICE ? plan.maxChoices() : null;
        List<LocalizedText> labels = plan.options();
        while (options.size() > labels.size()) {
            options.remove(options.size() - 1);
        }
        for (int i = 0; i < labels.size(); i++) {
            if (i < options.size()) {
                options.get(i).relabel(labels.get(i));
            } else {
                options.add(new AnswerOption(this, i + 1, labels.get(i)));
            }
        }
    }

    void placeAt(int position) {
        this.position = position;
    }

    public QuestionPlan plan() {
        return new QuestionPlan(title(), kind, required, maxChoices,
                options.stream().map(AnswerOption::label).toList());
    }

    public Long id() {
        return id;
    }

    public Form form() {
        return form;
    }

    public int position() {
        return position;
    }

    public QuestionKind kind() {
        return kind;
    }

    public LocalizedText title() {
        return new LocalizedText(titlePl, titleEn);
    }

    public boolean required() {
        return required;
    }

    public Integer maxChoices() {
        return maxChoices;
    }

    /**
     * The options that numbers marked on paper stand for (1 for the first); empty when a number is not one of its
     * options.
     */
    public Optional<Set<Long>> optionsNumbered(List<Integer> numbers) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int number : numbers) {
            if (number < 1 || number > options.size()) {
                return Optional.empty();
            }
            ids.add(options.get(number - 1).id());
        }
        return Optional.of(ids);
    }

    public boolean isMultiple() {
        return kind == QuestionKind.MULTIPLE_CHOICE;
    }

    public List<AnswerOption> options() {
        return Collections.unmodifiableList(options);
    }
}
