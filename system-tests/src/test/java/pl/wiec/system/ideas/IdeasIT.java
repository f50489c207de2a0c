package pl.wiec.system.ideas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

import pl.wiec.discussion.boundary.CommentThread;
import pl.wiec.discussion.boundary.Comments;
import pl.wiec.discussion.boundary.Reactions;
import pl.wiec.discussion.entity.Comment;
import pl.wiec.discussion.entity.Reaction;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.boundary.PaperIdea;
import pl.wiec.ideas.boundary.PaperIdeas;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.offline.boundary.Ambassadors;
import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.ideas.control.ProposalClock;
import pl.wiec.ideas.entity.Idea;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/** Ideas through the boundary: who may submit in an ideation phase, and why not, by the phase's rule. */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class IdeasIT {

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(IdeasIT.class);
    }

    @Inject
    Ideas ideas;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Reactions reactions;

    @Inject
    Comments comments;

    private static final IdeaDraft DRAFT = new IdeaDraft("Ławki w parku", "Więcej ławek w cieniu.", "park miejski",
            53.84, 22.98);

    @Test
    void aSignedInResidentSubmitsAnIdeaThatEveryoneThenSees() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Idea idea = Staff.asResident(resident, () -> ideas.submit(project, DRAFT));
        List<Idea> seen = ideas.of(project, 0);
        assertEquals(1, seen.size());
        assertEquals("Ławki w parku", seen.get(0).title());
        assertEquals(idea.id(), ideas.find(idea.id()).orElseThrow().id());
        assertEquals(Optional.of(Refusal.SIGN_IN), ideas.whyNot(project, null), "anonymous people are told to sign in");
        assertThrows(EJBAccessException.class, () -> ideas.submit(project, DRAFT));
    }

    @Test
    void aPhaseForVerifiedResidentsTellsAnEmailAccountToVerify() throws Exception {
        long project = ideationProject(Requirement.NATIONAL_SUBSTANTIAL, null);
        Ticket emailAccount = confirmedEmailAccount();
        NotAllowed refused = assertThrows(NotAllowed.class,
                () -> Staff.asResident(emailAccount, () -> ideas.submit(project, DRAFT)));
        assertEquals(Refusal.VERIFY_NATIONALLY, refused.refusal());
        Ticket low = residents.signInNationally(TestPeople.someone(LevelOfAssurance.LOW), null);
        assertEquals(Refusal.VERIFY_NATIONALLY,
                assertThrows(NotAllowed.class, () -> Staff.asResident(low, () -> ideas.submit(project, DRAFT)))
                        .refusal(),
                "low is below substantial");
        assertTrue(ideas.of(project, 0).isEmpty());
    }

    @Test
    void aMinimumAgeKeepsOutTheYoungerAndThoseWithoutADateOfBirth() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, 18);
        LocalDate today = projects.today();
        Ticket seventeen = residents.signInNationally(
                TestPeople.bornOn(today.minusYears(18).plusDays(1), LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(Refusal.TOO_YOUNG,
                assertThrows(NotAllowed.class, () -> Staff.asResident(seventeen, () -> ideas.submit(project, DRAFT)))
                        .refusal());
        Ticket eighteen = residents
                .signInNationally(TestPeople.bornOn(today.minusYears(18), LevelOfAssurance.SUBSTANTIAL), null);
        Staff.asResident(eighteen, () -> ideas.submit(project, DRAFT));
        assertEquals(Refusal.AGE_UNKNOWN, assertThrows(NotAllowed.class,
                () -> Staff.asResident(confirmedEmailAccount(), () -> ideas.submit(project, DRAFT))).refusal());
    }

    @Test
    void nothingIsSubmittedOutsideARunningIdeationPhaseOrInADraft() throws Exception {
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long informationOnly = project(Visibility.PUBLISHED, "information", Requirement.SIGNED_IN, null);
        assertEquals(Refusal.PHASE_CLOSED, assertThrows(NotAllowed.class,
                () -> Staff.asResident(resident, () -> ideas.submit(informationOnly, DRAFT))).refusal());
        long draft = project(Visibility.DRAFT, "ideation", Requirement.SIGNED_IN, null);
        assertThrows(NotAllowed.class, () -> Staff.asResident(resident, () -> ideas.submit(draft, DRAFT)));
        assertTrue(ideas.of(draft, 0).isEmpty(), "a draft's ideas are not listed");
    }

    @Test
    void aLikeCountsOnceEvenWhenClickedTwiceAtTheSameTime() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();
        Ticket fan = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        ExecutorService clicks = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> done = clicks
                    .invokeAll(java.util.Collections.nCopies(8, () -> Staff.asResident(fan, () -> {
                        reactions.like(idea);
                        return null;
                    })));
            for (Future<Object> click : done) {
                click.get();
            }
        } finally {
            clicks.shutdown();
        }
        assertEquals(1, ideas.find(idea).orElseThrow().likes());
        assertEquals(Optional.of(Reaction.Kind.LIKE), Staff.asResident(fan, () -> reactions.mine(idea)));
        Staff.asResident(fan, () -> {
            reactions.withdraw(idea);
            return null;
        });
        assertEquals(0, ideas.find(idea).orElseThrow().likes(), "taken back");
        assertEquals(Optional.empty(), Staff.asResident(fan, () -> reactions.mine(idea)));
        assertThrows(EJBAccessException.class, () -> reactions.like(idea), "anonymous people cannot like");
    }

    @Test
    void commentsThreadOneLevelDeepAndOnlyTheirAuthorsChangeThem() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();
        Ticket other = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Comment top = Staff.asResident(author, () -> comments.comment(idea, null, "Pierwszy komentarz"));
        Comment reply = Staff.asResident(other, () -> comments.comment(idea, top.id(), "Odpowiedź"));
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(author, () -> comments.comment(idea, reply.id(), "Odpowiedź na odpowiedź")),
                "one level deep only");
        assertEquals(false, Staff.asResident(other, () -> comments.edit(top.id(), "Cudza zmiana")));
        assertEquals(false, Staff.asResident(other, () -> comments.delete(top.id())));
        assertEquals(true, Staff.asResident(author, () -> comments.edit(top.id(), "Poprawiony komentarz")));
        assertEquals(true, Staff.asResident(other, () -> comments.delete(reply.id())));

        List<CommentThread> threads = comments.of(idea);
        assertEquals(1, threads.size());
        assertEquals("Poprawiony komentarz", threads.get(0).comment().comment().body());
        assertTrue(threads.get(0).comment().author().startsWith("Testowa O."), threads.get(0).comment().author());
        assertEquals(null, threads.get(0).replies().get(0).comment().body(), "a deleted reply keeps its place only");
        assertThrows(EJBAccessException.class, () -> comments.comment(idea, null, "anonim"));
    }

    @Test
    void aProposalReachesItsThresholdOnceAndAnotherExpiresWhenItsDaysAreOver() throws Exception {
        long project = TestProjects.create(projects, "Propozycje", Visibility.PUBLISHED,
                today -> List.of(new PhasePlan(null, LocalizedText.polish("Propozycje"), today.minusDays(1),
                        today.plusDays(30), "proposals", Requirement.NATIONAL_LOW, null, 2, 14)));
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Idea proposal = Staff.asResident(author, () -> ideas.submit(project, DRAFT));
        Idea other = Staff.asResident(author, () -> ideas.submit(project, DRAFT));
        assertTrue(proposal.isProposal());

        Ticket emailOnly = confirmedEmailAccount();
        assertEquals(Refusal.VERIFY_NATIONALLY,
                assertThrows(NotAllowed.class, () -> Staff.asResident(emailOnly, () -> ideas.support(proposal.id())))
                        .refusal(),
                "the phase's rule: verified residents support");
        Ticket first = residents.signInNationally(TestPeople.someone(LevelOfAssurance.LOW), null);
        Staff.asResident(first, () -> ideas.support(proposal.id()));
        assertEquals(1L, (long) Staff.asResident(first, () -> ideas.support(proposal.id())), "counted once");
        assertEquals("submitted", ideas.find(proposal.id()).orElseThrow().status());
        Ticket second = residents.signInNationally(TestPeople.someone(LevelOfAssurance.HIGH), null);
        Staff.asResident(second, () -> ideas.support(proposal.id()));
        assertEquals("threshold", ideas.find(proposal.id()).orElseThrow().status(), "changes by itself at 2");
        assertEquals(Refusal.SUPPORT_CLOSED,
                assertThrows(NotAllowed.class, () -> Staff.asResident(author, () -> ideas.support(proposal.id())))
                        .refusal());

        expireNow(other.id());
        proposalClock.expire();
        assertEquals("expired", ideas.find(other.id()).orElseThrow().status());
        assertEquals(Refusal.SUPPORT_CLOSED,
                assertThrows(NotAllowed.class, () -> Staff.asResident(second, () -> ideas.support(other.id())))
                        .refusal());
    }

    @Test
    void theAuthorChangesTheirIdeaUntilTheOfficeActsOnIt() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Idea idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT));
        Idea changed = Staff.asResident(author, () -> ideas.rewrite(idea.id(), idea.version(),
                new IdeaDraft("Ławki i stoliki", "Więcej ławek i stolików.", null, null, null)));
        assertEquals("Ławki i stoliki", ideas.find(idea.id()).orElseThrow().title());
        assertEquals(false, ideas.find(idea.id()).orElseThrow().hasPoint(), "the point was taken away");
        assertThrows(pl.wiec.ideas.boundary.IdeaChangedMeanwhile.class,
                () -> Staff.asResident(author, () -> ideas.rewrite(idea.id(), idea.version(), DRAFT)),
                "a stale form never overwrites");
        Ticket other = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(other, () -> ideas.rewrite(idea.id(), changed.version(), DRAFT)),
                "only the author");
        Staff.as(Staff.CLERK, () -> inputManager.changeStatus(List.of(idea.id()), "review"));
        long version = ideas.find(idea.id()).orElseThrow().version();
        assertEquals(Refusal.PHASE_CLOSED,
                assertThrows(NotAllowed.class,
                        () -> Staff.asResident(author, () -> ideas.rewrite(idea.id(), version, DRAFT))).refusal(),
                "handled by the office: no more changes");
    }

    @Test
    void theAuthorAddsUpToThreeRealPhotosWhileTheyMayStillChangeTheIdea() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        Ticket author = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        long idea = Staff.asResident(author, () -> ideas.submit(project, DRAFT)).id();
        byte[] png = png();
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes();
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(author, () -> ideas.addImage(idea, svg, "Rysunek")), "no SVG");
        for (int i = 1; i <= 3; i++) {
            String description = "Zdjęcie " + i;
            Staff.asResident(author, () -> ideas.addImage(idea, png, description));
        }
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(author, () -> ideas.addImage(idea, png, "Czwarte")), "three at most");
        List<pl.wiec.ideas.entity.ImageRef> images = ideas.images(idea);
        assertEquals(List.of("Zdjęcie 1", "Zdjęcie 2", "Zdjęcie 3"),
                images.stream().map(pl.wiec.ideas.entity.ImageRef::description).toList());
        assertEquals("image/png", ideas.image(images.get(0).id()).orElseThrow().contentType());
        java.awt.image.BufferedImage stored = javax.imageio.ImageIO
                .read(new java.io.ByteArrayInputStream(ideas.image(images.get(0).id()).orElseThrow().image()));
        assertEquals(4, stored.getWidth(), "the same picture, stored without its metadata");

        Ticket other = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(other, () -> ideas.addImage(idea, png, "Cudze")), "only the author");
        assertThrows(jakarta.ejb.EJBException.class, () -> Staff.asResident(other, () -> {
            ideas.removeImage(images.get(0).id());
            return null;
        }));
        Staff.asResident(author, () -> {
            ideas.removeImage(images.get(0).id());
            return null;
        });
        assertEquals(2, ideas.images(idea).size());
        Staff.as(Staff.CLERK, () -> inputManager.changeStatus(List.of(idea), "review"));
        assertEquals(Refusal.PHASE_CLOSED,
                assertThrows(NotAllowed.class,
                        () -> Staff.asResident(author, () -> ideas.addImage(idea, png, "Za późno"))).refusal(),
                "handled by the office: no more changes");
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Inject
    pl.wiec.ideas.boundary.InputManager inputManager;

    @Inject
    PaperIdeas paperIdeas;

    @Inject
    pl.wiec.events.boundary.Events events;

    @Inject
    Ambassadors ambassadors;

    @Inject
    ProposalClock proposalClock;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    private void expireNow(long ideaId) throws Exception {
        transaction.begin();
        em.createNativeQuery("update idea set supports_until = ? where id = ?")
                .setParameter(1, java.time.OffsetDateTime.now().minusMinutes(1)).setParameter(2, ideaId)
                .executeUpdate();
        transaction.commit();
    }

    @Test
    void ideasCollectedOnPaperAreKeyedByStaffAndAmbassadorsOnceEachAndListedWithoutAnAuthor() throws Exception {
        long project = ideationProject(Requirement.SIGNED_IN, null);
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        IdeaDraft written = new IdeaDraft("Przejście przy szkole", "Pasy i światła przy SP 2.", "ul. Szkolna", null,
                null);
        // a resident who is not the project's ambassador keys nothing
        Ticket resident = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident, () -> paperIdeas.form(phase)));
        assertThrows(EJBAccessException.class, () -> Staff.asResident(resident, () -> paperIdeas.enter(phase,
                new PaperIdea(ResponseChannel.PAPER, null, null, written, "idea-entry-0"))));

        // the clerk keys a paper form; sent twice (a lost answer), it is stored once
        long fromPaper = Staff.as(Staff.CLERK, () -> paperIdeas.enter(phase,
                new PaperIdea(ResponseChannel.PAPER, "Urząd – punkt konsultacyjny", null, written, "idea-entry-1")));
        assertThrows(AlreadyEntered.class, () -> Staff.as(Staff.CLERK, () -> paperIdeas.enter(phase,
                new PaperIdea(ResponseChannel.PAPER, "Urząd – punkt konsultacyjny", null, written, "idea-entry-1"))));
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.as(Staff.CLERK,
                        () -> paperIdeas.enter(phase,
                                new PaperIdea(ResponseChannel.ONLINE, null, null, written, "idea-entry-2"))),
                "keyed is offline");
        // an ambassador of the project keys one told at a consultation point
        Ticket ambassador = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        String token = Staff.as(Staff.CLERK, () -> ambassadors.invite(project));
        Staff.asResident(ambassador, () -> ambassadors.accept(token));
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(2));
        long point = Staff.as(Staff.CLERK, () -> {
            pl.wiec.events.entity.CivicEvent created = events.create(new pl.wiec.events.entity.EventPlan(
                    pl.wiec.events.entity.EventKind.CONSULTATION_POINT, pl.wiec.events.entity.EventFormat.IN_PERSON,
                    LocalizedText.polish("Punkt w bibliotece"), null, "Biblioteka", null, null, null, start,
                    start.plus(java.time.Duration.ofHours(3)), null, false, project));
            return events.publish(created.id(), created.version(), true).id();
        });
        long told = Staff.asResident(ambassador,
                () -> paperIdeas.enter(phase, new PaperIdea(
                        ResponseChannel.CONSULTATION_POINT, "Biblioteka", point, new IdeaDraft("Ławka przy bibliotece",
                                "Ławka w cieniu przy wejściu.", null, 53.8436, 22.9799, 2L, java.util.Set.of(1L)),
                        "idea-entry-3")));
        assertThrows(jakarta.ejb.EJBException.class,
                () -> Staff.asResident(ambassador,
                        () -> paperIdeas.enter(phase,
                                new PaperIdea(ResponseChannel.PAPER, null, null,
                                        new IdeaDraft("Ławka", "Ławka w cieniu.", null, null, null, 987_654L,
                                                java.util.Set.of()),
                                        "idea-entry-5"))),
                "an area the municipality does not have");
        assertEquals(1, Staff.asResident(ambassador, () -> paperIdeas.form(phase)).orElseThrow().keyedByMe());
        assertEquals(1, Staff.as(Staff.CLERK, () -> paperIdeas.form(phase)).orElseThrow().keyedByMe());
        long other = ideationProject(Requirement.SIGNED_IN, null);
        long otherPhase = projects.find(other).orElseThrow().phases().get(0).id();
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(ambassador,
                        () -> paperIdeas.enter(otherPhase,
                                new PaperIdea(ResponseChannel.PAPER, null, null, written, "idea-entry-4"))),
                "not their project");

        // both are listed with the online ideas, for anyone, without an author; each says how it came
        assertEquals(java.util.Set.of(told, fromPaper),
                ideas.of(project, 0).stream().map(Idea::id).collect(java.util.stream.Collectors.toSet()));
        Idea paper = ideas.find(fromPaper).orElseThrow();
        assertEquals(null, paper.authorId());
        assertEquals(ResponseChannel.PAPER, paper.channel());
        assertEquals("Urząd – punkt konsultacyjny", paper.collectedAt());
        assertEquals(Staff.CLERK, paper.keyer().staffLogin());
        assertEquals("ul. Szkolna", paper.place());
        Idea atThePoint = ideas.find(told).orElseThrow();
        assertEquals(ResponseChannel.CONSULTATION_POINT, atThePoint.channel());
        assertEquals(List.of(53.8436, 22.9799, 2L, java.util.Set.of(1L)),
                List.of(atThePoint.latitude(), atThePoint.longitude(), atThePoint.areaId(),
                        java.util.Set.copyOf(atThePoint.topicIds())),
                "marked on the map and sorted as online ideas are");
        // the event's page lists what was collected there, for anyone
        assertEquals(List.of(told), paperIdeas.collectedAt(point).stream().map(Idea::id).toList());
        // a resident signed in is not its author; the office answers it with nobody to notify
        assertFalse(Staff.asResident(resident, () -> ideas.canRewrite(fromPaper)));
        Staff.as(Staff.CLERK, () -> inputManager.changeStatus(List.of(fromPaper), "review"));
        assertEquals("review", ideas.find(fromPaper).orElseThrow().status());
    }

    private long ideationProject(Requirement requirement, Integer minimumAge) throws Exception {
        return project(Visibility.PUBLISHED, "ideation", requirement, minimumAge);
    }

    private long project(Visibility visibility, String method, Requirement requirement, Integer minimumAge)
            throws Exception {
        return TestProjects.create(projects, "Pomysły", visibility,
                today -> List.of(new PhasePlan(null, LocalizedText.polish("Pomysły"), today.minusDays(1),
                        today.plusDays(7), method, requirement, minimumAge)));
    }

    private Ticket confirmedEmailAccount() throws Exception {
        return TestPeople.emailAccount(residents, "pomysly-" + UUID.randomUUID() + "@example.org");
    }
}
