package pl.wiec.ideas.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.ideas.entity.Support;

/** Inserts a support in a transaction of its own, so two racing requests end with one row and no error. */
@Stateless
@PermitAll
public class SupportStore {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(long ideaId, long residentId) {
        if (em.find(Support.class, new Support.Key(ideaId, residentId)) == null) {
            em.persist(new Support(ideaId, residentId, Instant.now(Clock.systemUTC())));
            em.flush();
        }
    }
}
