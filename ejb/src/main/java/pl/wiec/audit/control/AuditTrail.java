package pl.wiec.audit.control;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.StaffAction;

/** Writes each {@link StaffAction} in the transaction of the boundary that fired it. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal caller;

    void record(@Observes StaffAction action) {
        em.persist(new AuditEntry(Instant.now(Clock.systemUTC()), caller.getName(), action));
    }
}
