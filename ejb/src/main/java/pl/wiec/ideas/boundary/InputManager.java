package pl.wiec.ideas.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaNote;
import pl.wiec.ideas.entity.IdeaStatus;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.staff.entity.Roles;

/**
 * The staff's side of residents' ideas: one filterable, sortable, paged list per project, statuses (also many at once),
 * assignment, the official answer (refused if someone changed the idea since the form was loaded) and internal notes.
 * Every change lands in the audit log.
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
public class InputManager {

    public static final String STATUS = "ideas.idea.status";
    public static final String ASSIGNED = "ideas.idea.assigned";
    public static final String ANSWERED = "ideas.idea.answered";
    public static final String NOTED = "ideas.idea.noted";
    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    Event<Happening> happenings;

    public List<Idea> page(@NotNull InputQuery query, int first, int size) {
        String order = switch (query.getOrder()) {
        case OLDEST -> "i.createdAt asc, i.id asc";
        case TITLE -> "lower(i.title) asc, i.id asc";
        default -> "i.createdAt desc, i.id desc";
        };
        return filtered("select i from Idea i", " order by " + order, query, Idea.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
    }

    public long count(@NotNull InputQuery query) {
        return filtered("select count(i) from Idea i", "", query, Long.class).getSingleResult();
    }

    public Idea idea(long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null) {
            throw new IllegalArgumentException("No idea " + id);
        }
        return idea;
    }

    /** Sets one status on all the given ideas; returns how many changed. */
    public int changeStatus(@NotNull List<Long> ideaIds, @NotBlank String status) {
        if (em.find(IdeaStatus.class, status) == null) {
            throw new IllegalArgumentException("Unknown status " + status);
        }
        int changed = 0;
        for (Long id : ideaIds) {
            Idea idea = em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (idea != null && !idea.status().equals(status)) {
                String before = idea.status();
                idea.changeStatus(status);
                staffActions.fire(new StaffAction(STATUS, subject(idea), before + " → " + status));
                happenings.fire(new Happening(idea.authorId(), Kind.STATUS, idea.title(),
                        em.find(IdeaStatus.class, status).label(java.util.Locale.forLanguageTag("pl")),
                        "/idea.xhtml?id=" + idea.id()));
                changed++;
            }
        }
        return changed;
    }

    public Idea assign(long ideaId, long loadedVersion, @Size(max = 100) String staffLogin) {
        Idea idea = current(ideaId, loadedVersion);
        String before = idea.assignee();
        idea.assignTo(staffLogin);
        staffActions.fire(new StaffAction(ASSIGNED, subject(idea), before + " → " + idea.assignee()));
        return idea;
    }

    /** Publishes the official answer; an empty text withdraws it. */
    public Idea answer(long ideaId, long loadedVersion, @Size(max = 5000) String text) {
        Idea idea = current(ideaId, loadedVersion);
        idea.answer(text, caller(), now());
        staffActions.fire(new StaffAction(ANSWERED, subject(idea),
                idea.feedback() == null ? "answer withdrawn" : idea.feedback()));
        if (idea.feedback() != null) {
            happenings.fire(new Happening(idea.authorId(), Kind.STATUS, idea.title(), "odpowiedź urzędu",
                    "/idea.xhtml?id=" + idea.id()));
        }
        return idea;
    }

    public void note(long ideaId, @NotBlank @Size(max = 3000) String body) {
        Idea idea = idea(ideaId);
        em.persist(new IdeaNote(idea.id(), caller(), body, now()));
        staffActions.fire(new StaffAction(NOTED, subject(idea), body));
    }

    public List<IdeaNote> notes(long ideaId) {
        return em.createQuery("select n from IdeaNote n where n.ideaId = :idea order by n.createdAt", IdeaNote.class)
                .setParameter("idea", ideaId).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, String order, InputQuery query, Class<T> type) {
        StringBuilder where = new StringBuilder(" where i.projectId = :project");
        if (query.getStatus() != null) {
            where.append(" and i.status = :status");
        }
        if (query.getSearch() != null) {
            where.append(" and (lower(i.title) like :search escape '\\' or lower(i.body) like :search escape '\\')");
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, type).setParameter("project",
                query.getProjectId());
        if (query.getStatus() != null) {
            typed.setParameter("status", query.getStatus());
        }
        if (query.getSearch() != null) {
            typed.setParameter("search", "%" + query.getSearch().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return typed;
    }

    private Idea current(long ideaId, long loadedVersion) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw new IllegalArgumentException("No idea " + ideaId);
        }
        if (idea.version() != loadedVersion) {
            throw new IdeaChangedMeanwhile();
        }
        return idea;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String subject(Idea idea) {
        return "idea " + idea.id();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
