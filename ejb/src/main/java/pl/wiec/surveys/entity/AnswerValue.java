package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * A response's answer to a question answered with a value (text, a number, a date, a point, a file), with, copied from
 * the response as a {@link Selection} does, its form and channel.
 */
@Entity
@Table(name = "survey_value")
@IdClass(AnswerValue.Key.class)
public class AnswerValue {

    /** A response answers a question once. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long response;
        private long questionId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(response, key.response) && questionId == key.questionId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(response, questionId);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private Response response;

    @Id
    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    /** The response's id, read only (queries of many responses' answers need no join to the responses). */
    @Column(name = "response_id", insertable = false, updatable = false)
    private Long responseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseChannel channel;

    @Column(name = "text_value", length = QuestionPlan.LONG_TEXT_LENGTH)
    private String text;

    @Column(name = "number_value", precision = 18, scale = 4)
    private BigDecimal number;

    @Column(name = "date_value")
    private LocalDate date;

    private Double latitude;

    private Double longitude;

    /** A line's or an area's points, as {@link Coordinate#text}. */
    @Column(length = 25000)
    private String shape;

    /** The file attached ({@link Attachment}'s id). */
    @Column(name = "attachment_id")
    private Long attachmentId;

    protected AnswerValue() {
    }

    AnswerValue(Response response, long questionId, Answer answer) {
        this.response = response;
        this.questionId = questionId;
        this.formId = response.formId();
        this.channel = response.channel();
        this.text = answer.text();
        this.number = answer.number() == null ? null : answer.number().setScale(4, RoundingMode.HALF_UP);
        this.date = answer.date();
        this.latitude = answer.latitude();
        this.longitude = answer.longitude();
        this.shape = answer.shape().isEmpty() ? null : Coordinate.text(answer.shape());
        this.attachmentId = answer.attachment();
    }

    public long questionId() {
        return questionId;
    }

    public Answer answer() {
        return new Answer(null, text, number == null ? null : number.stripTrailingZeros(), date, latitude, longitude,
                shape == null ? List.of() : Coordinate.parse(shape), attachmentId);
    }
}
