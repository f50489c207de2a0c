package pl.wiec.system.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.events.boundary.EventChangedMeanwhile;
import pl.wiec.events.boundary.EventRejected;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.boundary.Registrant;
import pl.wiec.events.boundary.RegistrationClosed;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.EventFormat;
import pl.wiec.events.entity.EventKind;
import pl.wiec.events.entity.EventPlan;
import pl.wiec.events.entity.RegistrationStatus;
import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;

/**
 * Events: staff describe and publish them (a broken rule refused, a stale form refused), residents register while it is
 * open, a full event fills the waiting list in order (even when residents race for the last seat), a seat freed goes to
 * the first waiting, who is told; staff see registrants by public name and record attendance.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class EventsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(EventsIT.class);
    }

    @Inject
    Events events;

    @Inject
    Residents residents;

    @Inject
    Notifications notifications;

    private static EventPlan walk(Integer capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(3));
        return new EventPlan(EventKind.WALK, EventFormat.IN_PERSON, LocalizedText.polish("Spacer po Zarzeczu"),
                LocalizedText.polish("Zbiórka przy kościele."), "Plac Kościelny 1", 53.2, 22.9, null, start,
                start.plus(Duration.ofHours(2)), capacity, true, null);
    }

    private Ticket resident() throws Exception {
        return residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
    }

    private CivicEvent published(Integer capacity) throws Exception {
        return Staff.as(Staff.CLERK, () -> {
            CivicEvent created = events.create(walk(capacity));
            return events.publish(created.id(), created.version(), true);
        });
    }

    @Test
    void staffAreToldWhatIsWrongAndAStaleFormIsRefused() throws Exception {
        EventPlan good = walk(10);
        EventPlan backwards = new EventPlan(good.kind(), good.format(), good.title(), good.description(), good.place(),
                good.latitude(), good.longitude(), null, good.endsAt(), good.startsAt(), 10, true, null);
        assertEquals(EventPlan.Problem.TIMES,
                assertThrows(EventRejected.class, () -> Staff.as(Staff.CLERK, () -> events.create(backwards)))
                        .problem());
        EventPlan online = new EventPlan(good.kind(), EventFormat.HYBRID, good.title(), null, "Urząd", null, null,
                "http://not-encrypted.example.org", good.startsAt(), good.endsAt(), null, true, null);
        assertEquals(EventPlan.Problem.ONLINE_URL,
                assertThrows(EventRejected.class, () -> Staff.as(Staff.CLERK, () -> events.create(online))).problem());
        EventPlan nowhere = new EventPlan(good.kind(), EventFormat.IN_PERSON, good.title(), null, " ", null, null, null,
                good.startsAt(), good.endsAt(), null, true, null);
        assertEquals(EventPlan.Problem.PLACE,
                assertThrows(EventRejected.class, () -> Staff.as(Staff.CLERK, () -> events.create(nowhere))).problem());

        CivicEvent created = Staff.as(Staff.CLERK, () -> events.create(good));
        Staff.as(Staff.ADMINISTRATOR, () -> events.publish(created.id(), created.version(), true));
        assertThrows(EventChangedMeanwhile.class,
                () -> Staff.as(Staff.CLERK, () -> events.plan(created.id(), created.version(), good)));
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident(), () -> events.create(good)));
    }

    @Test
    void aFullEventFillsTheWaitingListAndAFreedSeatGoesToTheFirstWaiting() throws Exception {
        Ticket draftVisitor = resident();
        CivicEvent draft = Staff.as(Staff.CLERK, () -> events.create(walk(2)));
        assertTrue(Staff.asResident(draftVisitor, () -> events.find(draft.id())).isEmpty(), "a draft is not shown");
        assertThrows(RegistrationClosed.class, () -> Staff.asResident(draftVisitor, () -> events.register(draft.id())));

        CivicEvent event = published(2);
        Ticket first = resident();
        Ticket second = resident();
        Ticket third = resident();
        assertEquals(RegistrationStatus.CONFIRMED, Staff.asResident(first, () -> events.register(event.id())));
        assertEquals(RegistrationStatus.CONFIRMED, Staff.asResident(second, () -> events.register(event.id())));
        assertEquals(RegistrationStatus.WAITING, Staff.asResident(third, () -> events.register(event.id())));
        assertEquals(RegistrationStatus.CONFIRMED, Staff.asResident(first, () -> events.register(event.id())),
                "registering again changes nothing");
        assertEquals(0L, Staff.asResident(third, () -> events.find(event.id()).orElseThrow().seatsLeft()));

        Staff.asResident(first, () -> {
            events.cancel(event.id());
            return null;
        });
        assertEquals(RegistrationStatus.CONFIRMED,
                Staff.asResident(third, () -> events.find(event.id()).orElseThrow().mine()), "the seat is theirs");
        assertTrue(
                Staff.asResident(third, () -> notifications.mine()).stream()
                        .anyMatch(n -> n.kind() == Kind.EVENT_SEAT && n.link().equals("/event.xhtml?id=" + event.id())),
                "and they are told");

        EventPlan later = walk(2);
        EventPlan moved = new EventPlan(later.kind(), later.format(), later.title(), later.description(),
                "Plac Kościelny 1", later.latitude(), later.longitude(), null,
                later.startsAt().plus(Duration.ofDays(1)), later.endsAt().plus(Duration.ofDays(1)), 2, true, null);
        Staff.as(Staff.CLERK,
                () -> events.plan(event.id(), events.find(event.id()).orElseThrow().event().version(), moved));
        assertTrue(Staff.asResident(second, () -> notifications.mine()).stream()
                .anyMatch(n -> n.kind() == Kind.EVENT_CHANGED), "registrants hear of a new time");

        List<Registrant> registrants = Staff.as(Staff.CLERK, () -> events.registrants(event.id()));
        assertEquals(2, registrants.size());
        Staff.as(Staff.CLERK, () -> events.attended(registrants.get(0).registrationId(), true));
        assertEquals(Boolean.TRUE, Staff.as(Staff.CLERK, () -> events.registrants(event.id())).get(0).attended());
        CivicEvent counted = Staff.as(Staff.CLERK, () -> events.countParticipants(event.id(),
                events.find(event.id()).orElseThrow().event().version(), 35));
        assertEquals(35, counted.participants());
        assertThrows(EJBAccessException.class, () -> Staff.asResident(third, () -> events.registrants(event.id())));
    }

    @Test
    void residentsRacingForTheLastSeatDoNotBothGetIt() throws Exception {
        CivicEvent event = published(1);
        List<Ticket> racers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            racers.add(resident());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<RegistrationStatus>> outcomes = new ArrayList<>();
            for (Ticket racer : racers) {
                outcomes.add(pool.submit(() -> Staff.asResident(racer, () -> events.register(event.id()))));
            }
            long confirmed = 0;
            for (Future<RegistrationStatus> outcome : outcomes) {
                confirmed += outcome.get() == RegistrationStatus.CONFIRMED ? 1 : 0;
            }
            assertEquals(1, confirmed);
        } finally {
            pool.shutdown();
        }
        assertEquals(5, Staff.as(Staff.CLERK, () -> events.find(event.id()).orElseThrow().waiting()));
    }

    @Test
    void theMinutesArePublishedWithTheEventOnly() throws Exception {
        CivicEvent draft = Staff.as(Staff.CLERK, () -> events.create(walk(null)));
        byte[] minutes = "%PDF-1.4\n% protokół ze spaceru\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long document = Staff
                .as(Staff.CLERK, () -> events.attach(draft.id(), "Protokół ze spaceru", "protokol.pdf", minutes)).id();
        assertTrue(events.documents(draft.id()).isEmpty(), "not while the event is a draft");
        assertTrue(events.document(document).isEmpty());
        Staff.as(Staff.CLERK, () -> events.publish(draft.id(), draft.version(), true));
        assertEquals(List.of("Protokół ze spaceru"),
                events.documents(draft.id()).stream().map(d -> d.title()).toList());
        assertEquals("application/pdf", events.document(document).orElseThrow().file().contentType());
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(resident(), () -> events.attach(draft.id(), "Nie mój", "x.pdf", minutes)));
    }

    @Test
    void aDeletedAccountGivesUpItsSeat() throws Exception {
        CivicEvent event = published(1);
        Ticket leaving = resident();
        Ticket waiting = resident();
        Staff.asResident(leaving, () -> events.register(event.id()));
        assertEquals(RegistrationStatus.WAITING, Staff.asResident(waiting, () -> events.register(event.id())));
        Staff.asResident(leaving, () -> {
            residents.deleteMyAccount();
            return null;
        });
        assertEquals(RegistrationStatus.CONFIRMED,
                Staff.asResident(waiting, () -> events.find(event.id()).orElseThrow().mine()));
        assertEquals(1, Staff.as(Staff.CLERK, () -> events.registrants(event.id())).size());
    }
}
