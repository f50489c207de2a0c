package pl.wiec.surveys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.projects.entity.LocalizedText;

/** One option a choice question offers. */
@Entity
@Table(name = "survey_option")
public class AnswerOption {

    @Id
    @SequenceGenerator(name = "survey_option_seq", sequenceName = "survey_option_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_option_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_pl", nullable = false, length = QuestionPlan.OPTION_LENGTH)
    private String labelPl;

    @Column(name = "label_en", length = QuestionPlan.OPTION_LENGTH)
    private String labelEn;

    /** Skip logic: after the option's page, to the page holding this question (null: the next page). */
    @Column(name = "skip_to")
    private Long skipTo;

    /** Whether it is "other": choosing it, the person may say what in a line of text. */
    @Column(nullable = false)
    private boolean other;

    /** Skip logic: after the option's page, to the end of the form. */
    @Column(name = "skip_to_end", nullable = false)
    private boolean skipToEnd;

    /** The SHA-256 of the picture the option shows ({@link OptionImage}); null: none. */
    @Column(name = "image_sha256", length = 64)
    private String imageSha256;

    @Column(name = "image_description_pl", length = QuestionPlan.OPTION_LENGTH)
    private String imageDescriptionPl;

    @Column(name = "image_description_en", length = QuestionPlan.OPTION_LENGTH)
    private String imageDescriptionEn;

    protected AnswerOption() {
    }

    /** Shows the picture stored with this hash, described for those who cannot see it. */
    public void illustrate(String sha256, LocalizedText description) {
        this.imageSha256 = sha256;
        this.imageDescriptionPl = description.pl();
        this.imageDescriptionEn = description.en();
    }

    /** Shows no picture. */
    public void unillustrate() {
        this.imageSha256 = null;
        this.imageDescriptionPl = null;
        this.imageDescriptionEn = null;
    }

    /** The picture's hash; null when the option shows none. */
    public String imageSha256() {
        return imageSha256;
    }

    /** What the picture shows, in words; null when the option shows none. */
    public LocalizedText imageDescription() {
        return imageSha256 == null ? null : new LocalizedText(imageDescriptionPl, imageDescriptionEn);
    }

    public Question question() {
        return question;
    }

    AnswerOption(Question question, int position, LocalizedText label) {
        this.question = question;
        this.position = position;
        relabel(label);
    }

    void relabel(LocalizedText label) {
        this.labelPl = label.pl();
        this.labelEn = label.en();
    }

    void leadTo(QuestionPlan.Skip skip) {
        this.skipTo = skip.toQuestion();
        this.skipToEnd = skip.toEnd();
    }

    void markOther(boolean other) {
        this.other = other;
    }

    public boolean other() {
        return other;
    }

    public QuestionPlan.Skip skip() {
        return new QuestionPlan.Skip(skipTo, skipToEnd);
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public LocalizedText label() {
        return new LocalizedText(labelPl, labelEn);
    }
}
