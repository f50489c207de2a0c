package pl.wiec.residents.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One consent of a resident with the date it was given and, if so, withdrawn. */
@Entity
@Table(name = "resident_consent")
@IdClass(Consent.Key.class)
public class Consent {

    /** The composite key: resident and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long resident;
        ConsentKind kind;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(resident, key.resident) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(resident, kind);
        }
    }

    @Id
    @ManyToOne
    @JoinColumn(name = "resident_id")
    private Resident resident;

    @Id
    @Enumerated(EnumType.STRING)
    private ConsentKind kind;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {
    }

    Consent(Resident resident, ConsentKind kind, Instant now) {
        this.resident = resident;
        this.kind = kind;
        this.givenAt = now;
    }

    void set(boolean given, Instant now) {
        if (given && !isGiven()) {
            givenAt = now;
            withdrawnAt = null;
        } else if (!given && isGiven()) {
            withdrawnAt = now;
        }
    }

    public ConsentKind kind() {
        return kind;
    }

    public boolean isGiven() {
        return withdrawnAt == null;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
