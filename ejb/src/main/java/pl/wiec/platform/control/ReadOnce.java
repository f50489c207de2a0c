package pl.wiec.platform.control;

import jakarta.persistence.TypedQuery;

/**
 * A query by primary key that a transaction may run more than once (the caller's account, a project with its phases):
 * EclipseLink answers it from the entities the transaction has read already, and goes to the database only the first
 * time. The query's criteria must be the primary key alone.
 */
public final class ReadOnce {

    private ReadOnce() {
    }

    public static <T> TypedQuery<T> byId(TypedQuery<T> query) {
        return query.setHint("eclipselink.cache-usage", "CheckCacheByExactPrimaryKey");
    }
}
