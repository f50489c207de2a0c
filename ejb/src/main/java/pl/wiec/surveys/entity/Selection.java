package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An option a response chose, with its question (so that results are counted per question without joins). */
@Entity
@Table(name = "survey_selection")
@IdClass(Selection.Key.class)
public class Selection {

    /** A response chooses an option at most once. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long response;
        private long optionId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(response, key.response) && optionId == key.optionId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(response, optionId);
        }
    }

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "response_id", nullable = false)
    private Response response;

    @Id
    @Column(name = "option_id", nullable = false)
    private long optionId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    protected Selection() {
    }

    Selection(Response response, long questionId, long optionId) {
        this.response = response;
        this.questionId = questionId;
        this.optionId = optionId;
    }

    public long questionId() {
        return questionId;
    }

    public long optionId() {
        return optionId;
    }
}
