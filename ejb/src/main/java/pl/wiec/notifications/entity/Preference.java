package pl.wiec.notifications.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A resident's choice for one kind; without a row, the default is immediately. */
@Entity
@Table(name = "notification_preference")
@IdClass(Preference.Key.class)
public class Preference {

    /** The primary key: resident and kind. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long residentId;
        private Kind kind;

        public Key() {
        }

        public Key(Long residentId, Kind kind) {
            this.residentId = residentId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(residentId, key.residentId) && kind == key.kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(residentId, kind);
        }
    }

    @Id
    @Column(name = "resident_id")
    private Long residentId;

    @Id
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Frequency frequency;

    protected Preference() {
    }

    public Preference(long residentId, Kind kind, Frequency frequency) {
        this.residentId = residentId;
        this.kind = kind;
        this.frequency = frequency;
    }

    public void set(Frequency newFrequency) {
        this.frequency = newFrequency;
    }

    public Kind kind() {
        return kind;
    }

    public Frequency frequency() {
        return frequency;
    }
}
