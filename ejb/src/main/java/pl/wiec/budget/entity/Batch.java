package pl.wiec.budget.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A pile of paper (or postal) cards from one ballot box or mail delivery, keyed by one staff member: the audit trail of
 * paper entry. A re-key batch ({@code rekeyOf}) is a second person keying a sample of another batch's cards again; its
 * cards are compared, never counted.
 */
@Entity
@Table(name = "budget_batch")
public class Batch implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "budget_batch_seq", sequenceName = "budget_batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_batch_seq")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(nullable = false)
    private String place;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "rekey_of")
    private Long rekeyOf;

    @Column(nullable = false)
    private int cards;

    protected Batch() {
    }

    public Batch(long editionId, Channel channel, String place, String enteredBy, Long rekeyOf, Instant now) {
        if (channel == Channel.ONLINE) {
            throw new IllegalArgumentException("Batches are of paper or postal cards");
        }
        this.editionId = editionId;
        this.channel = channel;
        this.place = place;
        this.enteredBy = enteredBy;
        this.rekeyOf = rekeyOf;
        this.openedAt = now;
    }

    /** The number of the next card keyed into the batch (1, 2, ...). */
    public int nextCard() {
        if (closedAt != null) {
            throw new IllegalStateException("Batch " + id + " is closed");
        }
        return ++cards;
    }

    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long editionId() {
        return editionId;
    }

    public Channel channel() {
        return channel;
    }

    public String place() {
        return place;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Long rekeyOf() {
        return rekeyOf;
    }

    public boolean isRekey() {
        return rekeyOf != null;
    }

    public int cards() {
        return cards;
    }
}
