package pl.wiec.events.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.events.control.Seats;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.EventDocument;
import pl.wiec.events.entity.EventPlan;
import pl.wiec.events.entity.Registration;
import pl.wiec.events.entity.RegistrationStatus;
import pl.wiec.notifications.entity.Happening;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.platform.control.UniqueKeys;
import pl.wiec.projects.entity.AttachmentRef;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.Resident;
import pl.wiec.staff.entity.Roles;

/**
 * Events: administrators and clerks describe, publish and afterwards count them; anyone reads the published ones (the
 * public calendar); residents register and cancel. A full event puts a registration on the waiting list, and a seat
 * freed goes to the first on it, who hears of it. Registrations of one event are decided under a lock of the event's
 * row, so that two residents racing for the last seat do not both get it. A day before, every confirmed registrant gets
 * a reminder (the {@code EVENT_REMINDER} notification, sent by e-mail as they chose); when staff move a published event
 * to another time or place, its registrants hear of it ({@code EVENT_CHANGED}).
 */
@Stateless
public class Events {

    public static final String CREATED = "events.event.created";
    public static final String PLANNED = "events.event.planned";
    public static final String PUBLISHED = "events.event.published";
    public static final String COUNTED = "events.event.counted";
    public static final String DOCUMENTED = "events.event.documents";
    /** How long before the start the reminder goes. */
    public static final Duration REMINDER = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Residents residents;

    @Inject
    Event<StaffAction> staffActions;

    @Inject
    Event<Happening> happenings;

    @Inject
    Seats seats;

    /** Published events that have not ended, the soonest first (the public calendar). */
    @PermitAll
    public List<CivicEvent> upcoming() {
        return em.createQuery("select e from CivicEvent e where e.published = true and e.endsAt > :now"
                + " order by e.startsAt, e.id", CivicEvent.class).setParameter("now", now()).getResultList();
    }

    /** Published events of a project, past and coming, in order. */
    @PermitAll
    public List<CivicEvent> ofProject(long projectId) {
        return em
                .createQuery("select e from CivicEvent e where e.published = true and e.projectId = :project"
                        + " order by e.startsAt, e.id", CivicEvent.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Every event, the latest first (the back office). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public List<CivicEvent> all() {
        return em.createQuery("select e from CivicEvent e order by e.startsAt desc, e.id desc", CivicEvent.class)
                .getResultList();
    }

    /** The event as a page shows it; an unpublished one only to staff. */
    @PermitAll
    public Optional<EventView> find(long id) {
        CivicEvent event = visible(id).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        RegistrationStatus mine = null;
        if (context.isCallerInRole(Resident.ROLE)) {
            mine = registration(id, residents.myId()).map(Registration::status).orElse(null);
        }
        return Optional.of(new EventView(event, count(id, RegistrationStatus.CONFIRMED),
                count(id, RegistrationStatus.WAITING), mine));
    }

    /** The project of an event the caller may see (none: the event has no project, or is not to be seen). */
    @PermitAll
    public Optional<Long> projectOf(long id) {
        return visible(id).map(CivicEvent::projectId);
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public CivicEvent create(@NotNull @Valid EventPlan plan) throws EventRejected {
        check(plan);
        CivicEvent event = new CivicEvent(plan);
        em.persist(event);
        em.flush();
        staffActions.fire(new StaffAction(CREATED, subject(event), plan.title().pl()));
        return event;
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public CivicEvent plan(long id, long loadedVersion, @NotNull @Valid EventPlan plan)
            throws EventRejected, EventChangedMeanwhile {
        check(plan);
        CivicEvent event = current(id, loadedVersion);
        boolean moved = !event.startsAt().equals(plan.startsAt());
        boolean changed = moved || !event.endsAt().equals(plan.endsAt())
                || !java.util.Objects.equals(event.place(), plan.format().hasPlace() ? plan.place().strip() : null)
                || event.format() != plan.format();
        event.plan(plan);
        if (moved) {
            // the new time is what the reminder must tell
            em.createQuery("update Registration r set r.remindedAt = null where r.eventId = :event")
                    .setParameter("event", id).executeUpdate();
        }
        if (changed && event.published() && now().isBefore(event.endsAt())) {
            em.createQuery("select r.residentId from Registration r where r.eventId = :event", Long.class)
                    .setParameter("event", id).getResultList()
                    .forEach(resident -> happenings.fire(Seats.notice(resident, Kind.EVENT_CHANGED, event)));
        }
        staffActions.fire(new StaffAction(PLANNED, subject(event), plan.title().pl()));
        return event;
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public CivicEvent publish(long id, long loadedVersion, boolean published) throws EventChangedMeanwhile {
        CivicEvent event = current(id, loadedVersion);
        event.publish(published);
        staffActions.fire(new StaffAction(PUBLISHED, subject(event), String.valueOf(published)));
        return event;
    }

    /** After the event: how many took part (null: not counted). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public CivicEvent countParticipants(long id, long loadedVersion, Integer participants)
            throws EventChangedMeanwhile {
        CivicEvent event = current(id, loadedVersion);
        event.count(participants);
        staffActions.fire(new StaffAction(COUNTED, subject(event), String.valueOf(participants)));
        return event;
    }

    /** Adds a document to the event (the minutes, a photo), published with it. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public AttachmentRef attach(long id, @NotNull @NotBlank @Size(max = 200) String title, @NotNull String fileName,
            @NotNull byte[] content) {
        CivicEvent event = em.find(CivicEvent.class, id);
        if (event == null) {
            throw new IllegalArgumentException("No event " + id);
        }
        EventDocument document = new EventDocument(id, title, fileName, content, now());
        em.persist(document);
        em.flush();
        staffActions.fire(new StaffAction(DOCUMENTED, subject(event),
                "document " + document.id() + ": " + document.title() + " (" + document.file().fileName() + ")"));
        return new AttachmentRef(document.id(), document.title(), document.file().fileName(),
                document.file().contentType(), document.file().size());
    }

    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void detach(long documentId) {
        EventDocument document = em.find(EventDocument.class, documentId);
        if (document != null) {
            em.remove(document);
            staffActions.fire(new StaffAction(DOCUMENTED, "event " + document.eventId(),
                    "document " + documentId + " removed: " + document.title()));
        }
    }

    /** The documents of an event the caller may see, in the order they were added. */
    @PermitAll
    public List<AttachmentRef> documents(long id) {
        return find(id).isEmpty() ? List.of()
                : em.createQuery("select new pl.wiec.projects.entity.AttachmentRef(d.id, d.title, d.file.fileName,"
                        + " d.file.contentType, d.file.size) from EventDocument d where d.eventId = :event order by d.id",
                        AttachmentRef.class).setParameter("event", id).getResultList();
    }

    /** One document, if its event may be seen by the caller. */
    @PermitAll
    public Optional<EventDocument> document(long documentId) {
        EventDocument document = em.find(EventDocument.class, documentId);
        return document == null || find(document.eventId()).isEmpty() ? Optional.empty() : Optional.of(document);
    }

    /** The registrations, confirmed first, each group in the order of registering; residents by public name. */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public List<Registrant> registrants(long id) {
        List<Registration> registrations = em
                .createQuery("select r from Registration r where r.eventId = :event"
                        + " order by r.status, r.registeredAt, r.id", Registration.class)
                .setParameter("event", id).getResultList();
        Map<Long, String> names = residents.publicNames(registrations.stream().map(Registration::residentId).toList());
        return registrations.stream().map(r -> new Registrant(r.id(), names.getOrDefault(r.residentId(), ""),
                r.status(), r.registeredAt(), r.attended())).toList();
    }

    /** Marks whether a registrant came (null: not recorded). */
    @RolesAllowed({ Roles.ADMINISTRATOR, Roles.CLERK })
    public void attended(long registrationId, Boolean attended) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new IllegalArgumentException("No registration " + registrationId);
        }
        registration.attended(attended);
    }

    /**
     * Registers the caller: a seat when one is free, else a place on the waiting list. Registering again changes
     * nothing.
     *
     * @return the caller's registration status
     */
    @RolesAllowed(Resident.ROLE)
    public RegistrationStatus register(long id) throws RegistrationClosed {
        CivicEvent event = em.find(CivicEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.isOpenForRegistration(now())) {
            throw new RegistrationClosed();
        }
        long me = residents.myId();
        Optional<Registration> before = registration(id, me);
        if (before.isPresent()) {
            return before.get().status();
        }
        RegistrationStatus status = event.capacity() == null
                || count(id, RegistrationStatus.CONFIRMED) < event.capacity() ? RegistrationStatus.CONFIRMED
                        : RegistrationStatus.WAITING;
        UniqueKeys.persistOnce(em, RegistrationClosed::new, new Registration(id, me, status, now()));
        return status;
    }

    /** Cancels the caller's registration; a seat freed goes to the first on the waiting list, who is told. */
    @RolesAllowed(Resident.ROLE)
    public void cancel(long id) {
        CivicEvent event = em.find(CivicEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return;
        }
        Optional<Registration> mine = registration(id, residents.myId());
        if (mine.isEmpty()) {
            return;
        }
        seats.release(event, mine.get(), now());
    }

    /** The events the caller registered for that have not ended, the soonest first, with their status. */
    @RolesAllowed(Resident.ROLE)
    public List<EventView> mine() {
        return em
                .createQuery("select r from Registration r, CivicEvent e where r.eventId = e.id"
                        + " and r.residentId = :me and e.endsAt > :now order by e.startsAt", Registration.class)
                .setParameter("me", residents.myId()).setParameter("now", now()).getResultList().stream()
                .map(r -> new EventView(em.find(CivicEvent.class, r.eventId()), 0, 0, r.status())).toList();
    }

    /**
     * Reminds confirmed registrants of published events starting within {@link #REMINDER}, once per registration. Each
     * is claimed by a conditional update first, so that in a cluster one node sends it. Every 15 seconds, like the
     * outbox, so that a registration made within the last day before an event is reminded at once.
     */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void remind() {
        Instant now = now();
        List<Object[]> due = em.createQuery("select r.id, e.id from Registration r, CivicEvent e"
                + " where r.eventId = e.id and e.published = true and r.status = :confirmed and r.remindedAt is null"
                + " and e.startsAt > :now and e.startsAt <= :soon", Object[].class)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).setParameter("now", now)
                .setParameter("soon", now.plus(REMINDER)).setMaxResults(500).getResultList();
        for (Object[] row : due) {
            int claimed = em
                    .createQuery(
                            "update Registration r set r.remindedAt = :now where r.id = :id and r.remindedAt is null")
                    .setParameter("now", now).setParameter("id", row[0]).executeUpdate();
            if (claimed == 1) {
                Registration registration = em.find(Registration.class, row[0]);
                CivicEvent event = em.find(CivicEvent.class, row[1]);
                happenings.fire(Seats.notice(registration.residentId(), Kind.EVENT_REMINDER, event));
            }
        }
    }

    /** The event, if the caller may see it: published, or to staff. */
    private Optional<CivicEvent> visible(long id) {
        return Optional.ofNullable(em.find(CivicEvent.class, id)).filter(event -> event.published() || isStaff());
    }

    private Optional<Registration> registration(long eventId, long residentId) {
        return em
                .createQuery("select r from Registration r where r.eventId = :event and r.residentId = :me",
                        Registration.class)
                .setParameter("event", eventId).setParameter("me", residentId).getResultStream().findFirst();
    }

    private long count(long eventId, RegistrationStatus status) {
        return em.createQuery("select count(r) from Registration r where r.eventId = :event and r.status = :status",
                Long.class).setParameter("event", eventId).setParameter("status", status).getSingleResult();
    }

    private CivicEvent current(long id, long loadedVersion) throws EventChangedMeanwhile {
        CivicEvent event = em.find(CivicEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new IllegalArgumentException("No event " + id);
        }
        if (event.version() != loadedVersion) {
            throw new EventChangedMeanwhile();
        }
        return event;
    }

    private static void check(EventPlan plan) throws EventRejected {
        EventPlan.Problem problem = plan.problem();
        if (problem != null) {
            throw new EventRejected(problem);
        }
    }

    private boolean isStaff() {
        return context.isCallerInRole(Roles.ADMINISTRATOR) || context.isCallerInRole(Roles.CLERK);
    }

    private static String subject(CivicEvent event) {
        return "event " + event.id();
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
