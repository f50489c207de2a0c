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
import pl.wiec.ideas.entity.IdeasMerged;
import pl.wiec.ideas.entity.InputQuery;
import pl.wiec.notifications.entity.FollowedHappening;
import pl.wiec.notifications.entity.FollowersMoved;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.notifications.entity.Words;
import pl.wiec.platform.entity.TextSearch;
import pl.wiec.projects.control.ProjectAccess;
import pl.wiec.staff.boundary.NotStaff;
import pl.wiec.staff.boundary.StaffDirectory;
import pl.wiec.staff.entity.Roles;

/**
 * The staff's side of residents' ideas: one filterable, sortable, paged list per project, statuses (also many at once),
 * assignment, the official answer (refused if someone changed the idea since the form was loaded) and internal notes.
 * Every change lands in the audit log. Administrators and clerks work on every project, a project moderator on their
 * projects only ({@link ProjectAccess}); anyone else is refused with {@link pl.wiec.projects.boundary.NotProjectStaff}.
 */
@Stateless
@RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR })
public class InputManager {

    public static final String STATUS = "ideas.idea.status";
    public static final String ASSIGNED = "ideas.idea.assigned";
    public static final String ANSWERED = "ideas.idea.answered";
    public static final String NOTED = "ideas.idea.noted";
    public static final String MERGED = "ideas.idea.merged";
    public static final String STATUS_SAVED = "ideas.status.saved";
    private static final Words ANSWER = new Words("odpowiedź urzędu", "the office's answer");
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

    @Inject
    Event<FollowedHappening> followedHappenings;

    @Inject
    Event<IdeasMerged> mergedEvents;

    @Inject
    ProjectAccess access;

    @Inject
    Event<FollowersMoved> followersMoved;

    @Inject
    StaffDirectory directory;

    public List<Idea> page(@NotNull InputQuery query, int first, int size) {
        access.requireManages(context, query.getProjectId());
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
        access.requireManages(context, query.getProjectId());
        return filtered("select count(i) from Idea i", "", query, Long.class).getSingleResult();
    }

    public Idea idea(long id) {
        Idea idea = em.find(Idea.class, id);
        if (idea == null) {
            throw new IllegalArgumentException("No idea " + id);
        }
        access.requireManages(context, idea.projectId());
        return idea;
    }

    /** Sets one status on all the given ideas; returns how many changed. */
    public int changeStatus(@NotNull List<Long> ideaIds, @NotBlank String status) {
        if (em.find(IdeaStatus.class, status) == null || IdeaStatus.MERGED.equals(status)) {
            throw new IllegalArgumentException("Unknown status, or one only merging sets: " + status);
        }
        int changed = 0;
        for (Long id : ideaIds) {
            Idea idea = em.find(Idea.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (idea != null) {
                access.requireManages(context, idea.projectId());
            }
            if (idea != null && !idea.status().equals(status)) {
                String before = idea.status();
                idea.changeStatus(status);
                staffActions.fire(new StaffAction(STATUS, subject(idea), before + " → " + status));
                IdeaStatus chosen = em.find(IdeaStatus.class, status);
                Words label = new Words(chosen.label(java.util.Locale.forLanguageTag("pl")),
                        chosen.label(java.util.Locale.ENGLISH));
                tellAuthor(idea, Kind.STATUS, Words.same(idea.title()), label, "/idea.xhtml?id=" + idea.id());
                tellFollowers(idea, label);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Assigns the idea to a staff member who can work on it (an administrator, clerk or moderator of the directory,
     * kept as the directory spells the login), or to nobody.
     *
     * @throws NotStaff
     *             when the directory does not know the login or its person holds no Wiec role
     */
    public Idea assign(long ideaId, long loadedVersion, @Size(max = 100) String staffLogin) {
        Idea idea = current(ideaId, loadedVersion);
        String before = idea.assignee();
        idea.assignTo(staffLogin == null || staffLogin.isBlank() ? null : directory
                .holders(List.of(staffLogin), Roles.ADMINISTRATOR, Roles.CLERK, Roles.MODERATOR).iterator().next());
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
            tellAuthor(idea, Kind.STATUS, Words.same(idea.title()), ANSWER, "/idea.xhtml?id=" + idea.id());
            tellFollowers(idea, ANSWER);
        }
        return idea;
    }

    /**
     * Merges a duplicate into another idea of the same project: the duplicate's supports, reactions and followers move
     * there (each resident counted once), its author starts following the other idea, and the duplicate takes the
     * status "merged", leaves the lists and points to the other idea. Refused if someone changed the duplicate since
     * the form was loaded.
     */
    public Idea merge(long duplicateId, long loadedVersion, long intoId) {
        Idea duplicate = current(duplicateId, loadedVersion);
        Idea into = em.find(Idea.class, intoId, LockModeType.PESSIMISTIC_WRITE);
        if (into == null || duplicateId == intoId || !into.projectId().equals(duplicate.projectId())
                || into.mergedInto() != null || duplicate.mergedInto() != null) {
            throw new IllegalArgumentException("Idea " + duplicateId + " cannot be merged into " + intoId);
        }
        em.createNativeQuery("insert into support (idea_id, resident_id, supported_at)"
                + " select ?, s.resident_id, s.supported_at from support s where s.idea_id = ? and not exists"
                + " (select 1 from support t where t.idea_id = ? and t.resident_id = s.resident_id)")
                .setParameter(1, intoId).setParameter(2, duplicateId).setParameter(3, intoId).executeUpdate();
        em.createNativeQuery("delete from support where idea_id = ?").setParameter(1, duplicateId).executeUpdate();
        mergedEvents.fire(new IdeasMerged(duplicateId, intoId));
        followersMoved.fire(new FollowersMoved(Subject.IDEA, duplicateId, intoId, duplicate.authorId()));
        duplicate.mergeInto(intoId);
        staffActions.fire(new StaffAction(MERGED, subject(duplicate), "→ " + subject(into)));
        tellAuthor(duplicate, Kind.STATUS, Words.same(duplicate.title()),
                new Words("połączony z pomysłem „" + into.title() + "”", "merged into the idea “" + into.title() + "”"),
                "/idea.xhtml?id=" + intoId);
        return duplicate;
    }

    /**
     * An administrator changes a status's labels and colour (white text on it must read at 4.5:1), or adds a status
     * (key null), which gets a key from its Polish label and the last place in the list.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public IdeaStatus saveStatus(String key, @NotBlank @Size(max = 60) String labelPl, @Size(max = 60) String labelEn,
            @NotNull @pl.wiec.municipality.entity.ReadableOnWhite String colour) {
        IdeaStatus status;
        if (key == null) {
            String base = IdeaStatus.keyFor(labelPl);
            String candidate = base.isEmpty() ? "status" : base;
            for (int n = 2; em.find(IdeaStatus.class, candidate) != null; n++) {
                candidate = (base.length() > 26 ? base.substring(0, 26) : base) + "-" + n;
            }
            Integer last = em.createQuery("select max(s.position) from IdeaStatus s", Integer.class).getSingleResult();
            status = new IdeaStatus(candidate, labelPl, labelEn, colour, last == null ? 1 : last + 1);
            em.persist(status);
        } else {
            status = em.find(IdeaStatus.class, key);
            if (status == null) {
                throw new IllegalArgumentException("Unknown status " + key);
            }
            status.relabel(labelPl, labelEn, colour);
        }
        staffActions.fire(new StaffAction(STATUS_SAVED, "status " + status.key(),
                status.labelPl() + " / " + status.labelEn() + " / " + status.colour()));
        return status;
    }

    public void note(long ideaId, @NotBlank @Size(max = 3000) String body) {
        Idea idea = idea(ideaId);
        em.persist(new IdeaNote(idea.id(), caller(), body, now()));
        staffActions.fire(new StaffAction(NOTED, subject(idea), body));
    }

    public List<IdeaNote> notes(long ideaId) {
        idea(ideaId);
        return em.createQuery("select n from IdeaNote n where n.ideaId = :idea order by n.createdAt", IdeaNote.class)
                .setParameter("idea", ideaId).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, String order, InputQuery query, Class<T> type) {
        StringBuilder where = new StringBuilder(" where i.projectId = :project");
        if (query.getStatus() != null) {
            where.append(" and i.status = :status");
        }
        if (query.getSearch() != null) {
            where.append(" and (lower(i.title) like :search" + TextSearch.ESCAPE + " or lower(i.body) like :search"
                    + TextSearch.ESCAPE + ")");
        }
        TypedQuery<T> typed = em.createQuery(select + where + order, type).setParameter("project",
                query.getProjectId());
        if (query.getStatus() != null) {
            typed.setParameter("status", query.getStatus());
        }
        if (query.getSearch() != null) {
            typed.setParameter("search", TextSearch.containing(query.getSearch()));
        }
        return typed;
    }

    private Idea current(long ideaId, long loadedVersion) {
        Idea idea = em.find(Idea.class, ideaId, LockModeType.PESSIMISTIC_WRITE);
        if (idea == null) {
            throw new IllegalArgumentException("No idea " + ideaId);
        }
        access.requireManages(context, idea.projectId());
        if (idea.version() != loadedVersion) {
            throw new IdeaChangedMeanwhile();
        }
        return idea;
    }

    /** The idea's author hears of it (an idea collected offline has no author's account to tell). */
    private void tellAuthor(Idea idea, Kind kind, Words title, Words detail, String link) {
        if (idea.authorId() != null) {
            happenings.fire(new Happening(idea.authorId(), kind, title, detail, link));
        }
    }

    /** The idea's followers hear of it too, unless moderators hold or hid it. */
    private void tellFollowers(Idea idea, Words what) {
        if (idea.visibility() == pl.wiec.moderation.entity.ModerationState.VISIBLE) {
            followedHappenings.fire(new FollowedHappening(Subject.IDEA, idea.id(), idea.authorId(), Kind.FOLLOWED_IDEA,
                    Words.same(idea.title()), what, "/idea.xhtml?id=" + idea.id()));
        }
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
