package pl.wiec.surveys.entity;

import java.io.Serializable;
import java.util.Comparator;
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
 * An option a response chose, with its question, and, copied from the response (they never change), its form and
 * channel, and whether it is the first option the response chose in the question (as a count, 1 or 0): so that one scan
 * of a form's selections counts the results per option and channel and the respondents per question, without joins or
 * distinct. In a ranking it also keeps the option's place.
 */
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

    /** The response's id, read only (queries of many responses' answers need no join to the responses). */
    @Column(name = "response_id", insertable = false, updatable = false)
    private Long responseId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseChannel channel;

    /** 1 on the response's first selection in the question, else 0: summed per question, its respondents. */
    @Column(name = "respondent_count", nullable = false)
    private int respondentCount;

    /** A question's selections in their answer's order: a ranking's by place, any other's as its options come. */
    public static final Comparator<Selection> IN_ORDER = Comparator
            .comparingLong(selection -> orderKey(selection.rank, selection.optionId));

    /** In a ranking, the option's place (1 for the first); null in any other choice. */
    @Column(name = "choice_rank")
    private Integer rank;

    protected Selection() {
    }

    Selection(Response response, long questionId, long optionId, boolean firstOfQuestion, Integer rank) {
        this.response = response;
        this.questionId = questionId;
        this.optionId = optionId;
        this.formId = response.formId();
        this.channel = response.channel();
        this.respondentCount = firstOfQuestion ? 1 : 0;
        this.rank = rank;
    }

    /**
     * Where a selection of this rank and option stands among its question's (all of a question's have a rank, or none):
     * see {@link #IN_ORDER}.
     */
    public static long orderKey(Integer rank, long optionId) {
        return rank != null ? rank : optionId;
    }

    /** The option's place in a ranking; null outside one. */
    public Integer rank() {
        return rank;
    }

    public long questionId() {
        return questionId;
    }

    public long optionId() {
        return optionId;
    }
}
