package pl.wiec.audit.boundary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.constraints.NotNull;

import pl.wiec.audit.entity.AuditEntry;
import pl.wiec.audit.entity.AuditQuery;
import pl.wiec.staff.entity.Roles;

/** The audit log as administrators browse it: newest first, filtered, a page at a time. */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class AuditLog {

    /** Dates in the filter are the municipality's calendar days. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> find(@NotNull AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(matching(cb, entry, query)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return em.createQuery(select).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(@NotNull AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(cb.count(entry)).where(matching(cb, entry, query));
        return em.createQuery(select).getSingleResult();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.getActor() != null && !query.getActor().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("actor")),
                    "%" + query.getActor().trim().toLowerCase(Locale.ROOT) + "%"));
        }
        if (query.getAction() != null && !query.getAction().isBlank()) {
            where.add(cb.equal(entry.get("action"), query.getAction()));
        }
        if (query.getFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"),
                    query.getFrom().atStartOfDay(OFFICE_ZONE).toInstant()));
        }
        if (query.getTo() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"),
                    query.getTo().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()));
        }
        return where.toArray(Predicate[]::new);
    }
}
