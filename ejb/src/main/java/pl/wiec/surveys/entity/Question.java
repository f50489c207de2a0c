package pl.wiec.surveys.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Whether the question begins a new page (the form's first always does). */
    @Column(name = "starts_page", nullable = false)
    private boolean startsPage;

    @Column(name = "page_title_pl", length = QuestionPlan.PAGE_TITLE_LENGTH)
    private String pageTitlePl;

    @Column(name = "page_title_en", length = QuestionPlan.PAGE_TITLE_LENGTH)
    private String pageTitleEn;

    @Column(name = "grid_title_pl", length = QuestionPlan.TITLE_LENGTH)
    private String gridTitlePl;

    @Column(name = "grid_title_en", length = QuestionPlan.TITLE_LENGTH)
    private String gridTitleEn;

    @Column(name = "description_pl", length = QuestionPlan.DESCRIPTION_LENGTH)
    private String descriptionPl;

    @Column(name = "description_en", length = QuestionPlan.DESCRIPTION_LENGTH)
    private String descriptionEn;

    @Column(name = "min_value", precision = 18, scale = 4)
    private BigDecimal min;

    @Column(name = "max_value", precision = 18, scale = 4)
    private BigDecimal max;

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
        this.startsPage = plan.startsPage();
        this.pageTitlePl = plan.startsPage() && plan.pageTitle() != null ? plan.pageTitle().pl() : null;
        this.pageTitleEn = plan.startsPage() && plan.pageTitle() != null ? plan.pageTitle().en() : null;
        this.gridTitlePl = plan.grid() == null ? null : plan.grid().pl();
        this.gridTitleEn = plan.grid() == null ? null : plan.grid().en();
        this.descriptionPl = plan.description() == null ? null : plan.description().pl().strip();
        this.descriptionEn = plan.description() == null || plan.description().en() == null ? null
                : plan.description().en().strip();
        this.min = plan.kind() == QuestionKind.NUMBER ? plan.min() : null;
        this.max = plan.kind() == QuestionKind.NUMBER ? plan.max() : null;
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
            options.get(i).leadTo(plan.skip(i));
            options.get(i).markOther(plan.otherLast() && i == labels.size() - 1);
        }
    }

    void placeAt(int position) {
        this.position = position;
    }

    public QuestionPlan plan() {
        return new QuestionPlan(title(), kind, required, maxChoices, options.stream().map(AnswerOption::label).toList(),
                startsPage, pageTitle(), min, max, options.stream().map(AnswerOption::skip).toList(),
                !options.isEmpty() && options.get(options.size() - 1).other(), grid(), description());
    }

    /** What explains the question under its title; null when nothing does. */
    public LocalizedText description() {
        return descriptionPl == null ? null : new LocalizedText(descriptionPl, descriptionEn);
    }

    /** The title as it stands alone (a column of a spreadsheet): its matrix's title first. */
    public LocalizedText heading() {
        return QuestionPlan.heading(grid(), title());
    }

    /** The title of the matrix the question is a row of; null when it is none's. */
    public LocalizedText grid() {
        return gridTitlePl == null ? null : new LocalizedText(gridTitlePl, gridTitleEn);
    }

    public boolean startsPage() {
        return startsPage;
    }

    /** The title of the page the question begins; null when it begins none or the page has no title. */
    public LocalizedText pageTitle() {
        return pageTitlePl == null ? null : new LocalizedText(pageTitlePl, pageTitleEn);
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
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

    /**
     * A ranking as written on paper: beside each option, in the options' order, its place (1 for the most important).
     * The options in the order of their places; empty unless every option has its own place, 1 to the number of
     * options.
     */
    public Optional<List<Long>> optionsPlaced(List<Integer> places) {
        if (places.size() != options.size()) {
            return Optional.empty();
        }
        Long[] ranked = new Long[options.size()];
        for (int i = 0; i < places.size(); i++) {
            int place = places.get(i);
            if (place < 1 || place > ranked.length || ranked[place - 1] != null) {
                return Optional.empty();
            }
            ranked[place - 1] = options.get(i).id();
        }
        return Optional.of(List.of(ranked));
    }

    /** What breaks the question's rules in this answer, if anything. */
    public Optional<AnswerProblem> problem(Answer answer) {
        if (answer.isEmpty()) {
            return required ? Optional.of(AnswerProblem.REQUIRED) : Optional.empty();
        }
        if (kind.isChoice()) {
            Set<Long> offered = options.stream().map(AnswerOption::id).collect(Collectors.toSet());
            boolean other = options.stream().anyMatch(o -> o.other() && answer.options().contains(o.id()));
            if (answer.values() > (answer.text() != null && other ? 1 : 0) || !offered.containsAll(answer.options())) {
                return Optional.of(AnswerProblem.UNKNOWN);
            }
            if (kind.isRanking()) {
                return answer.options().size() == options.size() ? Optional.empty()
                        : Optional.of(AnswerProblem.RANKING);
            }
            if (answer.text() != null && answer.text().length() > QuestionPlan.SHORT_TEXT_LENGTH) {
                return Optional.of(AnswerProblem.TOO_LONG);
            }
            if (!isMultiple() && answer.options().size() > 1) {
                return Optional.of(AnswerProblem.ONE_ONLY);
            }
            return maxChoices != null && answer.options().size() > maxChoices ? Optional.of(AnswerProblem.TOO_MANY)
                    : Optional.empty();
        }
        if (!answer.options().isEmpty() || answer.values() > 1) {
            return Optional.of(AnswerProblem.UNKNOWN);
        }
        return switch (kind) {
        case SHORT_TEXT, LONG_TEXT -> answer.text() == null ? Optional.of(AnswerProblem.UNKNOWN)
                : answer.text()
                        .length() > (kind == QuestionKind.SHORT_TEXT ? QuestionPlan.SHORT_TEXT_LENGTH
                                : QuestionPlan.LONG_TEXT_LENGTH) ? Optional.of(AnswerProblem.TOO_LONG)
                                        : Optional.empty();
        case NUMBER -> answer.number() == null ? Optional.of(AnswerProblem.UNKNOWN)
                : min != null && answer.number().compareTo(min) < 0 ? Optional.of(AnswerProblem.BELOW_MIN)
                        : max != null && answer.number().compareTo(max) > 0
                                || answer.number().abs().compareTo(QuestionPlan.LARGEST_NUMBER) > 0
                                        ? Optional.of(AnswerProblem.ABOVE_MAX) : Optional.empty();
        case DATE -> answer.date() == null ? Optional.of(AnswerProblem.UNKNOWN)
                : answer.date().getYear() < 1900 || answer.date().getYear() > 2200
                        ? Optional.of(AnswerProblem.DATE_RANGE) : Optional.empty();
        case POINT -> answer.latitude() == null ? Optional.of(AnswerProblem.UNKNOWN)
                : new Coordinate(answer.latitude(), answer.longitude()).inPoland() ? Optional.empty()
                        : Optional.of(AnswerProblem.OUTSIDE_MAP);
        case LINE, AREA -> answer.shape().isEmpty() ? Optional.of(AnswerProblem.UNKNOWN)
                : answer.shape().size() < (kind == QuestionKind.LINE ? 2 : 3)
                        || answer.shape().size() > QuestionPlan.MAX_SHAPE_POINTS ? Optional.of(AnswerProblem.SHAPE)
                                : answer.shape().stream().allMatch(Coordinate::inPoland) ? Optional.empty()
                                        : Optional.of(AnswerProblem.OUTSIDE_MAP);
        case FILE -> answer.attachment() == null ? Optional.of(AnswerProblem.UNKNOWN) : Optional.empty();
        default -> Optional.of(AnswerProblem.UNKNOWN);
        };
    }

    public boolean isMultiple() {
        return kind == QuestionKind.MULTIPLE_CHOICE;
    }

    public List<AnswerOption> options() {
        return Collections.unmodifiableList(options);
    }
}
