package pl.wiec.platform.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores a row that may exist once only (a like, a support: one per resident, guaranteed by the primary key) in a
 * transaction of its own. If a parallel request stored the same row first, only this short transaction fails (the
 * caller catches the EJBException and carries on: the row is there); the caller's own transaction is untouched.
 */
@Stateless
@PermitAll
public class InsertOnce {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    /** @return whether this call stored it (false: it was there already) */
    public boolean insert(Object entity, Object primaryKey) {
        if (em.find(entity.getClass(), primaryKey) != null) {
            return false;
        }
        em.persist(entity);
        em.flush();
        return true;
    }
}
