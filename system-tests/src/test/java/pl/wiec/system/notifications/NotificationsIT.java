package pl.wiec.system.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.discussion.boundary.Comments;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.boundary.InputManager;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.control.Mailbox;
import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Notification;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.PhaseStarts;
import pl.wiec.projects.entity.Phase;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Project;
import pl.wiec.residents.boundary.PasswordSignIn;
import pl.wiec.residents.boundary.ResidentProfileDetails;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.MailCatcherClient;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * Notifications from the real events: a status change and a reply reach the resident in the app, and by e-mail through
 * the outbox when they consented; the one-click link turns a kind off; the daily digest gathers the rest.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class NotificationsIT {

    private static final String PASSWORD = "powiadom mnie prosze";

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(NotificationsIT.class);
    }

    @Inject
    Notifications notifications;

    @Inject
    Mailbox mailbox;

    @Inject
    Ideas ideas;

    @Inject
    InputManager manager;

    @Inject
    Comments comments;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Test
    void aStatusChangeReachesTheAuthorInTheAppAndByMailUntilTheyUnsubscribe() throws Exception {
        String email = "powiadomienia-" + UUID.randomUUID() + "@example.org";
        consentingAccount(email);
        long project = ideationProject();
        long idea = Staff.asResident(author(email),
                () -> ideas.submit(project, new IdeaDraft("Ścieżka rowerowa", "Opis", null, null, null))).id();

        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "accepted"));
        List<Notification> mine = Staff.asResident(author(email), notifications::mine);
        assertEquals(Kind.STATUS, mine.get(0).kind());
        assertEquals("Twój pomysł „Ścieżka rowerowa”: Przyjęty", mine.get(0).subject());
        assertEquals(1L, (long) Staff.asResident(author(email), notifications::unread));

        mailbox.sendImmediate();
        String unsubscribe = MailCatcherClient.link(email, "/unsubscribe");
        assertTrue(MailCatcherClient.mailsTo(email).contains("Ścieżka rowerowa"));
        assertTrue(MailCatcherClient.mailsTo(email).contains("List-Unsubscribe=One-Click"), "RFC 8058 announced");

        WebClient scanner = new WebClient();
        HttpResponse<String> followed = scanner.get(unsubscribe);
        assertEquals(302, followed.statusCode(), "the e-mail's address answers (it was a 404)");
        HttpResponse<String> page = scanner.get(TestServer.url(WebClient.location(followed)));
        assertTrue(page.body().contains("Wypisz mnie"), page.body());
        assertEquals(Frequency.IMMEDIATELY,
                Staff.asResident(author(email), notifications::preferences).get(Kind.STATUS),
                "opening the link (as a mail scanner does) unsubscribes nobody");
        HttpResponse<String> oneClick = scanner.post(unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
        assertEquals(200, oneClick.statusCode(), "a mail client's one-click POST");
        assertEquals(Frequency.NEVER, Staff.asResident(author(email), notifications::preferences).get(Kind.STATUS));

        int mailsBefore = MailCatcherClient.count(email);
        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "implemented"));
        mailbox.sendImmediate();
        assertEquals(2, Staff.asResident(author(email), notifications::mine).size(), "still in the app");
        Thread.sleep(500);
        assertEquals(mailsBefore, MailCatcherClient.count(email), "no more e-mails of that kind");
    }

    @Test
    void followersHearOfAFollowedIdeasNewStatusAndOfANewPhaseOfAFollowedProject() throws Exception {
        String email = "obserwuje-" + UUID.randomUUID() + "@example.org";
        consentingAccount(email);
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long project = ideationProject();
        long idea = Staff
                .asResident(author,
                        () -> ideas.submit(project, new IdeaDraft("Skatepark przy szkole", "Opis", null, null, null)))
                .id();
        Staff.asResident(author(email), () -> {
            follows.follow(Subject.IDEA, idea);
            follows.follow(Subject.IDEA, idea);
            follows.follow(Subject.PROJECT, project);
            return null;
        });
        assertEquals(1L, follows.followers(Subject.IDEA, idea), "following twice is one follow");
        assertThrows(EJBAccessException.class, () -> follows.follow(Subject.PROJECT, project), "anonymous");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.CLERK, () -> {
            follows.follow(Subject.PROJECT, project);
            return null;
        }), "staff accounts follow nothing: residents do");

        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "review"));
        Notification heard = Staff.asResident(author(email), notifications::mine).get(0);
        assertEquals(Kind.FOLLOWED_IDEA, heard.kind());
        assertEquals("Obserwowany pomysł „Skatepark przy szkole”: W analizie", heard.subject());
        assertEquals(Kind.STATUS, Staff.asResident(author, notifications::mine).get(0).kind(),
                "the author hears it in their own words, once");
        assertEquals(1, Staff.asResident(author, notifications::mine).size());

        Staff.as(Staff.CLERK, () -> {
            Project current = projects.find(project).orElseThrow();
            LocalDate today = projects.today();
            List<PhasePlan> plans = new java.util.ArrayList<>(current.phases().stream().map(Phase::plan).toList());
            plans.set(0, new PhasePlan(plans.get(0).id(), plans.get(0).title(), today.minusDays(3), today.minusDays(1),
                    "ideation"));
            plans.add(new PhasePlan(null, LocalizedText.polish("Głosowanie nad pomysłami"), today, today.plusDays(5),
                    "information"));
            return projects.plan(project, current.version(), plans, true);
        });
        phaseStarts.announce();
        assertEquals(0, phaseStarts.announce(), "announced once, however often the timer looks");
        List<Notification> mine = Staff.asResident(author(email), notifications::mine);
        assertEquals(Kind.NEW_PHASE, mine.get(0).kind());
        assertTrue(mine.get(0).subject().endsWith("rozpoczął się nowy etap — Głosowanie nad pomysłami"),
                mine.get(0).subject());
        assertEquals(1, mine.stream().filter(n -> n.kind() == Kind.NEW_PHASE).count());

        mailbox.sendImmediate();
        String mails = MailCatcherClient.mailsTo(email);
        assertTrue(mails.contains("Głosowanie nad pomysłami") && mails.contains("Skatepark przy szkole"), mails);

        Staff.asResident(author(email), () -> {
            follows.unfollow(Subject.IDEA, idea);
            return null;
        });
        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "accepted"));
        assertEquals(mine.size(), Staff.asResident(author(email), notifications::mine).size(),
                "no news of an idea they stopped following");
    }

    @Test
    void aResidentWhoReadsWiecInEnglishHearsInEnglish() throws Exception {
        String email = "english-" + UUID.randomUUID() + "@example.org";
        residents.register("Ann", "Reader", email, PASSWORD, Locale.ENGLISH);
        String link = MailCatcherClient.link(email, "/confirm.xhtml");
        Ticket ticket = residents.confirmEmail(link.substring(link.indexOf("token=") + 6)).orElseThrow();
        Staff.asResident(ticket, () -> residents.describe(new ResidentProfileDetails(null, null, null, false, true)));
        long project = ideationProject();
        long idea = Staff
                .asResident(author(email),
                        () -> ideas.submit(project, new IdeaDraft("Cycle lane", "Along the river", null, null, null)))
                .id();
        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "accepted"));
        assertEquals("Your idea “Cycle lane”: Accepted",
                Staff.asResident(author(email), notifications::mine).get(0).subject());
        mailbox.sendImmediate();
        String mail = MailCatcherClient.mailsTo(email);
        assertTrue(mail.contains("Participation platform: Your idea") && mail.contains("Turn them off with one click"),
                mail);

        Staff.asResident(author(email), () -> {
            residents.speak(Locale.forLanguageTag("pl"));
            return null;
        });
        Staff.as(Staff.CLERK, () -> manager.changeStatus(List.of(idea), "implemented"));
        assertEquals("Twój pomysł „Cycle lane”: Zrealizowany",
                Staff.asResident(author(email), notifications::mine).get(0).subject(), "they switched to Polish");
    }

    @Inject
    Follows follows;

    @Inject
    PhaseStarts phaseStarts;

    @Test
    void aReplyNotifiesTheCommentsAuthorAndTheDailyChoiceWaitsForTheDigest() throws Exception {
        String email = "odpowiedzi-" + UUID.randomUUID() + "@example.org";
        consentingAccount(email);
        long project = ideationProject();
        Ticket other = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(other,
                () -> ideas.submit(project, new IdeaDraft("Park kieszonkowy", "Opis", null, null, null))).id();
        Staff.asResident(author(email), () -> {
            notifications.choose(Kind.REPLY, Frequency.DAILY);
            return null;
        });
        long comment = Staff.asResident(author(email), () -> comments.comment(idea, null, "Świetny pomysł")).id();
        Staff.asResident(other, () -> comments.comment(idea, comment, "Dziękuję!"));
        assertEquals(Kind.REPLY, Staff.asResident(author(email), notifications::mine).get(0).kind());

        mailbox.sendImmediate();
        Thread.sleep(500);
        assertTrue(!MailCatcherClient.mailsTo(email).contains("nowości"), "not at once: the resident chose daily");
        mailbox.sendDigests();
        String digest = MailCatcherClient.mailsTo(email);
        assertTrue(digest.contains("Platforma partycypacji: nowości (1)"), digest);
        assertTrue(digest.contains("Park kieszonkowy"));
    }

    private Ticket consentingAccount(String email) throws Exception {
        residents.register("Nina", "Powiadomiona", email, PASSWORD, Locale.forLanguageTag("pl"));
        String link = MailCatcherClient.link(email, "/confirm.xhtml");
        Ticket ticket = residents.confirmEmail(link.substring(link.indexOf("token=") + 6)).orElseThrow();
        Staff.asResident(ticket, () -> residents.describe(new ResidentProfileDetails(null, null, null, false, true)));
        return ticket;
    }

    private Ticket author(String email) {
        return ((PasswordSignIn.Accepted) residents.signInWithPassword(email, PASSWORD, "192.0.2.1", Locale.ENGLISH))
                .ticket();
    }

    private long ideationProject() throws Exception {
        return TestProjects.running(projects, "Powiadomienia", "ideation");
    }
}
