package pl.wiec.surveys.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One person's answers to a form, with how they came (online, or keyed in from paper...). An online response knows its
 * respondent's account, so that it is given once (the database's unique key) and can be shown back to them.
 */
@Entity
@Table(name = "survey_response")
public class Response {

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "respondent_id")
    private Long respondentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ResponseChannel channel;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Selection> selections = new ArrayList<>();

    protected Response() {
    }

    public Response(long formId, Long respondentId, ResponseChannel channel, Instant submittedAt) {
        this.formId = formId;
        this.respondentId = respondentId;
        this.channel = channel;
        this.submittedAt = submittedAt;
    }

    public void select(long questionId, long optionId) {
        selections.add(new Selection(this, questionId, optionId));
    }

    public Long id() {
        return id;
    }

    public long formId() {
        return formId;
    }

    public ResponseChannel channel() {
        return channel;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<Selection> selections() {
        return Collections.unmodifiableList(selections);
    }
}
