package pl.wiec.surveys.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import pl.wiec.offline.entity.Keyer;
import pl.wiec.offline.entity.ResponseChannel;

/**
 * One person's answers to a form, with how they came (online, or keyed in from paper...). An online response knows its
 * respondent's account, so that it is given once (the database's unique key) and can be shown back to them; a keyed one
 * knows no respondent, only where it was collected and who keyed it.
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

    /** Where an offline answer was collected (the consultation point, the event...). */
    @Column(length = 200)
    private String place;

    @Column(name = "keyed_by_staff", length = 100)
    private String keyedByStaff;

    @Column(name = "keyed_by_resident")
    private Long keyedByResident;

    /** The key the entry screen gave the form: the same form sent twice counts once (a unique key). */
    @Column(name = "entry_key", length = 64, unique = true)
    private String entryKey;

    @Column(name = "import_id")
    private Long importId;

    /** The event (or consultation point) where it was collected, if any. */
    @Column(name = "event_id")
    private Long eventId;

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Selection> selections = new ArrayList<>();

    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AnswerValue> values = new ArrayList<>();

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Response() {
    }

    public Response(long formId, Long respondentId, ResponseChannel channel, Instant submittedAt) {
        this.formId = formId;
        this.respondentId = respondentId;
        this.channel = channel;
        this.submittedAt = submittedAt;
    }

    /**
     * An online answer of someone not signed in (where the phase lets anyone answer): no respondent, and the key their
     * session gave it, so that it is stored once however often it is sent.
     */
    public static Response anonymous(long formId, String once, Instant sentAt) {
        Response response = new Response(formId, null, ResponseChannel.ONLINE, sentAt);
        response.entryKey = once;
        return response;
    }

    /** An offline answer keyed in by staff or an ambassador (from the entry screen, or from a file). */
    public static Response keyed(long formId, ResponseChannel channel, String place, Long eventId, Keyer keyer,
            String entryKey, Long importId, Instant keyedAt) {
        if (channel == ResponseChannel.ONLINE) {
            throw new IllegalArgumentException("A keyed answer came offline");
        }
        Response response = new Response(formId, null, channel, keyedAt);
        response.place = place == null || place.isBlank() ? null : place.strip();
        response.keyedByStaff = keyer.staffLogin();
        response.keyedByResident = keyer.residentId();
        response.entryKey = entryKey;
        response.importId = importId;
        response.eventId = eventId;
        return response;
    }

    public void select(long questionId, long optionId) {
        select(questionId, optionId, null);
    }

    private void select(long questionId, long optionId, Integer rank) {
        boolean first = selections.stream().noneMatch(selection -> selection.questionId() == questionId);
        selections.add(new Selection(this, questionId, optionId, first, rank));
    }

    /** Records the answers to the form's questions: their options (a ranking's with their places), or their values. */
    public void give(Form form, Map<Long, Answer> answers) {
        answers.forEach((questionId, answer) -> give(questionId, answer,
                form.question(questionId).map(question -> question.kind().isRanking()).orElse(false)));
    }

    private void give(long questionId, Answer answer, boolean ranked) {
        int place = 0;
        for (long option : answer.options()) {
            select(questionId, option, ranked ? ++place : null);
        }
        if (answer.hasValue()) {
            values.add(new AnswerValue(this, questionId, answer));
        }
    }

    /** Forgets every answer, before the respondent's changed answers are given (flush in between). */
    public void forgetAnswers(Instant at) {
        selections.clear();
        values.clear();
        changedAt = at;
    }

    /** The answers, per question id. */
    public Map<Long, Answer> answers() {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
        selections.stream().sorted(Selection.IN_ORDER).forEach(selection -> chosen
                .computeIfAbsent(selection.questionId(), id -> new LinkedHashSet<>()).add(selection.optionId()));
        chosen.forEach((question, options) -> answers.put(question, Answer.chose(options)));
        values.forEach(value -> answers.put(value.questionId(), value.answer()));
        return answers;
    }

    public String place() {
        return place;
    }

    public Long respondentId() {
        return respondentId;
    }

    public Instant changedAt() {
        return changedAt;
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
