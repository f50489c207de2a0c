package pl.wiec.budget.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A card keyed a second time in a re-key batch: only its check, to compare with the original's. */
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

    protected Rekey() {
    }

    public Rekey(long batchId, int cardNumber, String cardCheck) {
        this.batchId = batchId;
        this.cardNumber = cardNumber;
        this.cardCheck = cardCheck;
    }

    public String cardCheck() {
        return cardCheck;
    }
}
