package pl.wiec.platform.control;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

/**
 * Where the database's unique keys, not only the code, keep a thing once (one ballot, one response per person), a
 * second attempt that raced the first fails at the insert; this tells that failure from others.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /**
     * Persists the entities and flushes; when a unique key refuses them (a race lost, a double submission), throws what
     * {@code refusal} makes instead of the database's error.
     */
    public static <E extends Exception> void persistOnce(EntityManager em, Supplier<E> refusal, Object... entities)
            throws E {
        try {
            for (Object entity : entities) {
                em.persist(entity);
            }
            em.flush();
        } catch (PersistenceException raced) {
            if (violatedBy(raced)) {
                throw refusal.get();
            }
            throw raced;
        }
    }

    /** Whether the failure (or any of its causes) is a unique key's violation (SQLSTATE 23505). */
    public static boolean violatedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
