package pl.wiec.budget.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A card keyed a second time in a re-key batch: its check, to compare with the original's, what was read from it apart
 * from the person, the check of the person's data alone, and how a difference was decided.
 */
@Entity
@Table(name = "budget_rekey")
@IdClass(Rekey.Key.class)
public class Rekey {

    /** The key: the re-key batch and the card's number in the original batch. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long batchId;
        private Integer cardNumber;

        public Key() {
        }

        public Key(long batchId, int cardNumber) {
            this.batchId = batchId;
            this.cardNumber = cardNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(batchId, that.batchId)
                    && Objects.equals(cardNumber, that.cardNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, cardNumber);
        }
    }

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Id
    @Column(name = "card_number")
    private Integer cardNumber;

    @Column(name = "card_check", nullable = false)
    private String cardCheck;

    @Column(name = "keyed_reading")
    private String keyedReading;

    @Column(name = "identity_check")
    private String identityCheck;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private java.time.Instant decidedAt;

    /** How a card keyed differently was decided. */
    public enum Decision {
        /** Keyed anew from the paper by someone who did not key the batch. */
        CORRECTED,
        /** Checked against the paper: the first keying stands. */
        FIRST_RIGHT
    }

    protected Rekey() {
    }

    public Rekey(long batchId, int cardNumber, String cardCheck, String keyedReading, String identityCheck) {
        this.batchId = batchId;
        this.cardNumber = cardNumber;
        this.cardCheck = cardCheck;
        this.keyedReading = keyedReading;
        this.identityCheck = identityCheck;
    }

    public void decide(Decision how, String by, java.time.Instant at) {
        this.decision = how;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public long batchId() {
        return batchId;
    }

    public int cardNumber() {
        return cardNumber;
    }

    public String cardCheck() {
        return cardCheck;
    }

    public CardReading reading() {
        return keyedReading == null ? null : CardReading.parse(keyedReading);
    }

    public String identityCheck() {
        return identityCheck;
    }

    public Decision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public java.time.Instant decidedAt() {
        return decidedAt;
    }
}
