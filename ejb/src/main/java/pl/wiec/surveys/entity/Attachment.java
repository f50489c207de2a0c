package pl.wiec.surveys.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import pl.wiec.platform.entity.StoredFile;

/**
 * A file a person attached in answer to a survey's file question: a photo, a scan, a drawing or a document, what
 * {@link StoredFile} keeps, at most {@link #MAX_BYTES}; a picture is stored without what the camera wrote beside it
 * (the place it was taken). It is stored when chosen, before any response exists, because a draft or an anonymous
 * session holds answers first; it belongs to its holder (a resident, or the key of an anonymous session's response),
 * and only its holder can put it in an answer. An answer holds its id. Staff of the project read it once it is in a
 * response; one in no response or draft is forgotten the next night.
 */
@Entity
@Table(name = "survey_attachment")
public class Attachment {

    /** The largest file a question takes (a phone's photo fits; the server takes a little more, to say so). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "survey_attachment_seq", sequenceName = "survey_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_attachment_seq")
    private Long id;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    /** The resident who attached it; null for someone not signed in. */
    @Column(name = "resident_id")
    private Long residentId;

    /** The key of the anonymous session's response (see {@link Response#anonymous}); null for a resident's. */
    @Column(name = "holder_key", length = 64)
    private String holderKey;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    /**
     * The file as kept: a picture without its metadata.
     *
     * @throws IllegalArgumentException
     *             when {@link #problem} names one, or the file is a picture that cannot be read
     */
    public Attachment(Question question, Long residentId, String holderKey, String fileName, byte[] content,
            Instant now) {
        if (question.kind() != QuestionKind.FILE || (residentId == null) == (holderKey == null)) {
            throw new IllegalArgumentException("A file question's attachment has one holder");
        }
        AnswerProblem problem = problem(fileName, content);
        if (problem != null) {
            throw new IllegalArgumentException("Not a file to keep: " + problem);
        }
        this.formId = question.form().id();
        this.questionId = question.id();
        this.residentId = residentId;
        this.holderKey = holderKey;
        this.file = new StoredFile(fileName, content);
        this.uploadedAt = now;
    }

    /**
     * Why the file cannot be attached ({@link AnswerProblem#FILE_SIZE} when empty or too large,
     * {@link AnswerProblem#FILE_TYPE} when its bytes are not a PDF, an office document or a picture), or null. A
     * picture that cannot be read is found only when it is stored.
     */
    public static AnswerProblem problem(String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            return AnswerProblem.FILE_SIZE;
        }
        if (StoredFile.contentTypeOf(fileName, content) == null) {
            return AnswerProblem.FILE_TYPE;
        }
        return null;
    }

    /** Whether the answer of this resident (or this anonymous session's key) to this question may hold it. */
    public boolean heldBy(long questionId, Long residentId, String holderKey) {
        return this.questionId == questionId && (residentId != null ? residentId.equals(this.residentId)
                : holderKey != null && holderKey.equals(this.holderKey));
    }

    public Long id() {
        return id;
    }

    public long formId() {
        return formId;
    }

    public long questionId() {
        return questionId;
    }

    public StoredFile file() {
        return file;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
