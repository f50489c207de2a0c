package pl.wiec.events.entity;

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

/** A resident's place at an event (one per resident and event: a unique key), and whether they came. */
@Entity
@Table(name = "event_registration")
public class Registration {

    @Id
    @SequenceGenerator(name = "event_registration_seq", sequenceName = "event_registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registration_seq")
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    private Boolean attended;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected Registration() {
    }

    public Registration(long eventId, long residentId, RegistrationStatus status, Instant registeredAt) {
        this.eventId = eventId;
        this.residentId = residentId;
        this.status = status;
        this.registeredAt = registeredAt;
    }

    /** A seat freed: the first on the waiting list takes it. */
    public void confirm() {
        this.status = RegistrationStatus.CONFIRMED;
    }

    public void attended(Boolean attended) {
        this.attended = attended;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public long residentId() {
        return residentId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Boolean attended() {
        return attended;
    }
}
