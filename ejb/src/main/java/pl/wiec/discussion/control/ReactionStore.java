package pl.wiec.discussion.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.discussion.entity.Reaction;

/**
 * Inserts a like in a transaction of its own: if another request inserted the same one first, the primary key refuses
 * this insert, only this short transaction rolls back, and the caller carries on (the like is there).
 */
@Stateless
@PermitAll
public class ReactionStore {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(long ideaId, long residentId) {
        if (em.find(Reaction.class, new Reaction.Key(ideaId, residentId)) == null) {
            em.persist(new Reaction(ideaId, residentId, Instant.now(Clock.systemUTC())));
            em.flush();
        }
    }
}
