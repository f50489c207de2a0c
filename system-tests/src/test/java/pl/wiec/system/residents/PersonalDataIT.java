package pl.wiec.system.residents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.Ballots;
import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetFiles;
import pl.wiec.budget.boundary.BudgetSubmissions;
import pl.wiec.budget.entity.BudgetProject;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.CostItem;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.FileKind;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.ProjectDraft;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.discussion.boundary.Comments;
import pl.wiec.discussion.boundary.Reactions;
import pl.wiec.discussion.entity.Comment;
import pl.wiec.events.boundary.Events;
import pl.wiec.events.entity.CivicEvent;
import pl.wiec.events.entity.EventFormat;
import pl.wiec.events.entity.EventKind;
import pl.wiec.events.entity.EventPlan;
import pl.wiec.ideas.boundary.Ideas;
import pl.wiec.ideas.control.ProposalsMethod;
import pl.wiec.ideas.entity.IdeaDraft;
import pl.wiec.notifications.boundary.Follows;
import pl.wiec.notifications.boundary.Notifications;
import pl.wiec.notifications.entity.Frequency;
import pl.wiec.notifications.entity.Kind;
import pl.wiec.notifications.entity.Subject;
import pl.wiec.offline.boundary.Ambassadors;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.PersonalData;
import pl.wiec.surveys.boundary.AttachedFile;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * The data download holds everything Wiec keeps about a person (RODO art. 15 and 20): one resident does one of each
 * thing a resident can do, and finds each in their data, with the files they gave byte for byte, the fact that they
 * voted and nothing of what they chose.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class PersonalDataIT {

    private static final byte[] PDF = "%PDF-1.7\n%dane\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(PersonalDataIT.class);
    }

    @Inject
    Residents residents;

    @Inject
    Projects projects;

    @Inject
    Ideas ideas;

    @Inject
    Comments comments;

    @Inject
    Reactions reactions;

    @Inject
    Follows follows;

    @Inject
    Notifications notifications;

    @Inject
    Polls polls;

    @Inject
    Surveys surveys;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetSubmissions submissions;

    @Inject
    BudgetFiles budgetFiles;

    @Inject
    Ballots ballots;

    @Inject
    Events events;

    @Inject
    Ambassadors ambassadors;

    @Test
    void theDownloadHoldsOneOfEachThingAResidentDidWithTheirFilesAndNeverTheirBallot() throws Exception {
        Ticket me = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
        Ticket neighbour = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);

        // ideas, a photo, a supported proposal, a comment answered by a neighbour, a reaction, a follow, a report
        long project = TestProjects.create(projects, "Dane osobowe: propozycje", Visibility.PUBLISHED,
                today -> List.of(new PhasePlan(null, LocalizedText.polish("Propozycje"), today.minusDays(1),
                        today.plusDays(30), ProposalsMethod.KEY, Requirement.SIGNED_IN, null, 10, 14)));
        long idea = Staff
                .asResident(me,
                        () -> ideas.submit(project,
                                new IdeaDraft("Poidełko przy rynku", "Woda dla ludzi i psów.", "Rynek", null, null)))
                .id();
        byte[] photo = png();
        Staff.asResident(me, () -> ideas.addImage(idea, photo, "Rynek latem"));
        long theirs = Staff.asResident(neighbour,
                () -> ideas.submit(project, new IdeaDraft("Stojaki na rowery", "Przy szkole.", null, null, null))).id();
        Staff.asResident(neighbour, () -> ideas.addImage(theirs, png(), "Stojaki przy szkole"));
        Comment mine = Staff.asResident(me, () -> {
            ideas.support(theirs);
            reactions.like(theirs);
            follows.follow(Subject.IDEA, theirs);
            ideas.flag(theirs, "Powtórzony pomysł");
            notifications.choose(Kind.REPLY, Frequency.DAILY);
            return comments.comment(theirs, null, "Dobry pomysł, także przy przedszkolu.");
        });
        Staff.asResident(neighbour, () -> {
            ideas.flag(idea, "Nie na temat");
            return comments.comment(theirs, mine.id(), "Dziękuję!");
        });

        // a poll answered, a survey answered with a file
        long poll = phaseOf(TestProjects.running(projects, "Dane osobowe: sonda", PollMethod.KEY));
        Staff.as(Staff.CLERK,
                () -> polls.addQuestion(poll,
                        new QuestionPlan(LocalizedText.polish("Fontanna?"), QuestionKind.SINGLE_CHOICE, true, null,
                                List.of(LocalizedText.polish("Tak, koniecznie"), LocalizedText.polish("Nie")))));
        var pollQuestion = polls.poll(poll).orElseThrow().questions().get(0);
        Staff.asResident(me, () -> {
            polls.answer(poll, Map.of(pollQuestion.id(), List.of(pollQuestion.options().get(0).id())));
            return null;
        });
        long survey = phaseOf(TestProjects.running(projects, "Dane osobowe: ankieta", SurveyMethod.KEY));
        byte[] theirScan = "%PDF-1.7\n%sasiad\n".getBytes(StandardCharsets.US_ASCII);
        long text = Staff.as(Staff.CLERK,
                () -> polls.addQuestion(survey, new QuestionPlan(LocalizedText.polish("Czego brakuje?"),
                        QuestionKind.LONG_TEXT, false, null, List.of())));
        long file = Staff.as(Staff.CLERK, () -> polls.addQuestion(survey,
                new QuestionPlan(LocalizedText.polish("Zdjęcie miejsca"), QuestionKind.FILE, false, null, List.of())));
        Staff.asResident(me, () -> {
            AttachedFile scan = surveys.attach(survey, file, "skan miejsca.pdf", PDF, null);
            surveys.keep(survey, 0,
                    Map.of(text, Answer.text("Cienia na placu zabaw"), file, Answer.attached(scan.id())), false);
            surveys.send(survey);
            return null;
        });
        Staff.asResident(neighbour, () -> {
            AttachedFile scan = surveys.attach(survey, file, "sasiad.pdf", theirScan, null);
            surveys.keep(survey, 0, Map.of(file, Answer.attached(scan.id())), false);
            surveys.send(survey);
            return null;
        });

        // a budget project submitted with a file, another supported, a vote in another edition
        Edition submission = submissionEdition();
        BudgetProject submitted = Staff.asResident(me, () -> {
            BudgetProject draft = submissions.save(submission.projectId(), null,
                    new ProjectDraft(submission.pools().get(0).id(), "Zielony dziedziniec",
                            "Drzewa i ławki na dziedzińcu szkoły.", "ul. Szkolna 3", "Bez progów.",
                            List.of(new CostItem("Nasadzenia", new BigDecimal("12000.50")))));
            budgetFiles.attach(draft.id(), FileKind.DOCUMENT, "Mapa", "mapa dziedzińca.pdf", PDF);
            return submissions.submit(draft.id());
        });
        BudgetProject other = Staff.asResident(neighbour, () -> {
            BudgetProject draft = submissions.save(submission.projectId(), null,
                    new ProjectDraft(submission.pools().get(0).id(), "Boisko", "Boisko do siatkówki.", "ul. Sportowa",
                            "Dojście bez schodów.", List.of(new CostItem("Boisko", new BigDecimal("40000")))));
            budgetFiles.attach(draft.id(), FileKind.DOCUMENT, "Szkic", "szkic.pdf", theirScan);
            return submissions.submit(draft.id());
        });
        Staff.asResident(me, () -> {
            submissions.support(other.id());
            return null;
        });
        Edition voting = TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN, EditionRules.usual());
        long chosen = TestEditions.onBallot(editions, voting, 0).get(2).id();
        Staff.asResident(me, () -> ballots.cast(voting.projectId(), Map.of(voting.pools().get(0).id(), List.of(chosen)),
                "ul. Rynek 1"));
        Staff.asResident(neighbour, () -> ballots.cast(voting.projectId(),
                Map.of(voting.pools().get(0).id(), List.of(chosen)), "ul. Rynek 2"));

        // an event, an ambassador's role
        CivicEvent walk = Staff.as(Staff.CLERK, () -> {
            Instant start = Instant.now().plus(Duration.ofDays(3));
            CivicEvent created = events.create(new EventPlan(EventKind.WALK, EventFormat.IN_PERSON,
                    LocalizedText.polish("Spacer po dziedzińcach"), LocalizedText.polish("Zbiórka przy ratuszu."),
                    "Rynek 1", 53.84, 22.98, null, start, start.plus(Duration.ofHours(2)), 20, true, null));
            return events.publish(created.id(), created.version(), true);
        });
        Staff.asResident(me, () -> events.register(walk.id()));
        String invitation = Staff.as(Staff.CLERK, () -> ambassadors.invite(project));
        Staff.asResident(me, () -> ambassadors.accept(invitation));

        Map<String, byte[]> archive = new LinkedHashMap<>();
        PersonalData data = Staff.asResident(me, () -> residents.myData((path, content) -> {
            archive.put(path, content);
            return path;
        }));

        assertEquals(List.of("account", "pendingEmail", "nationalIdentity", "aboutYou", "consents", "ideas",
                "ideaPhotos", "ideasKeyed", "ideaSupports", "comments", "reactions", "answers", "answerFiles",
                "answersKeyed", "answerDrafts", "budgetProjects", "budgetProjectFiles", "budgetSupports", "budgetVotes",
                "eventRegistrations", "ambassadorRoles", "reports", "follows", "notificationSettings", "notifications"),
                data.sections().stream().map(PersonalData.Section::key).toList(), "every section, in this order");
        assertEquals("SUBSTANTIAL", only(data, "nationalIdentity").get("levelOfAssurance"));
        assertEquals("Poidełko przy rynku", only(data, "ideas").get("title"));
        assertEquals("Woda dla ludzi i psów.", only(data, "ideas").get("description"));
        PersonalData.File kept = (PersonalData.File) only(data, "ideaPhotos").get("photo");
        assertEquals("Rynek latem", only(data, "ideaPhotos").get("description"));
        assertTrue(ImageIO.read(new java.io.ByteArrayInputStream(archive.get(kept.path()))) != null,
                "the photo, as a picture, in the archive: " + kept.path());
        assertEquals(theirs, only(data, "ideaSupports").get("ideaId"));
        assertEquals("Dobry pomysł, także przy przedszkolu.", only(data, "comments").get("text"));
        assertEquals("LIKE", only(data, "reactions").get("reaction"));
        assertEquals("Powtórzony pomysł", only(data, "reports").get("reason"));
        assertEquals("IDEA", only(data, "follows").get("subject"));
        assertEquals(Map.of("kind", "REPLY", "frequency", "DAILY"), only(data, "notificationSettings"));
        assertTrue(records(data, "notifications").stream().anyMatch(n -> "REPLY".equals(n.get("kind"))),
                "the neighbour's reply: " + records(data, "notifications"));

        List<Map<String, java.io.Serializable>> answered = records(data, "answers");
        assertEquals(2, answered.size(), "the poll and the survey");
        assertEquals(List.of("Fontanna?: Tak, koniecznie"), answered.get(0).get("answers"));
        assertEquals(List.of("Czego brakuje?: Cienia na placu zabaw", "Zdjęcie miejsca: skan miejsca.pdf"),
                answered.get(1).get("answers"));
        PersonalData.File scan = (PersonalData.File) only(data, "answerFiles").get("file");
        assertArrayEquals(PDF, archive.get(scan.path()));

        assertEquals("Zielony dziedziniec", only(data, "budgetProjects").get("title"));
        assertEquals(List.of("Nasadzenia: 12000.50 zł"), only(data, "budgetProjects").get("costItems"));
        assertEquals(submitted.id(), only(data, "budgetProjects").get("id"));
        PersonalData.File map = (PersonalData.File) only(data, "budgetProjectFiles").get("file");
        assertEquals("mapa dziedzińca.pdf", map.name());
        assertArrayEquals(PDF, archive.get(map.path()));
        assertEquals(other.id(), only(data, "budgetSupports").get("budgetProjectId"));
        Map<String, java.io.Serializable> vote = only(data, "budgetVotes");
        assertEquals(voting.projectId(), vote.get("editionId"));
        assertEquals("ONLINE", vote.get("channel"));
        assertTrue(Set.of("editionId", "channel", "votedOn", "area", "ageGroup").containsAll(vote.keySet()),
                "that they voted, how and when, never what: " + vote);

        assertEquals("Spacer po dziedzińcach", only(data, "eventRegistrations").get("event"));
        assertEquals("CONFIRMED", only(data, "eventRegistrations").get("status"));
        assertEquals(project, only(data, "ambassadorRoles").get("projectId"));
        assertEquals(Set.of(kept.path(), scan.path(), map.path()), archive.keySet(), "every file once, nothing else");

        PersonalData page = Staff.asResident(me, () -> residents.myData(null));
        assertEquals(null, ((PersonalData.File) only(page, "ideaPhotos").get("photo")).path(),
                "the page names the files without reading them");
        Map<String, byte[]> theirArchive = new LinkedHashMap<>();
        PersonalData ofNeighbour = Staff.asResident(neighbour, () -> residents.myData((path, content) -> {
            theirArchive.put(path, content);
            return path;
        }));
        assertEquals(List.of("Stojaki na rowery"),
                records(ofNeighbour, "ideas").stream().map(record -> record.get("title")).collect(Collectors.toList()),
                "each sees only their own");
        assertEquals("Stojaki przy szkole", only(ofNeighbour, "ideaPhotos").get("description"));
        assertEquals("Nie na temat", only(ofNeighbour, "reports").get("reason"));
        assertEquals("Boisko", only(ofNeighbour, "budgetProjects").get("title"));
        assertEquals(1, records(ofNeighbour, "budgetVotes").size());
        assertEquals(3, theirArchive.size(), "their photo, their scan, their sketch");
        assertTrue(theirArchive.values().stream().noneMatch(bytes -> java.util.Arrays.equals(bytes, PDF)),
                "none of my files in their archive");
        assertTrue(archive.values().stream().noneMatch(bytes -> java.util.Arrays.equals(bytes, theirScan)),
                "none of theirs in mine");
    }

    @Test
    void aVoteCastBeforeLinkingLoginGovPlAndANewAddressAwaitingConfirmationAreInTheData() throws Exception {
        String email = "dane-" + java.util.UUID.randomUUID() + "@example.org";
        Ticket account = TestPeople.emailAccount(residents, email);
        Edition voting = TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN, EditionRules.usual());
        Staff.asResident(account, () -> ballots.cast(voting.projectId(),
                Map.of(voting.pools().get(0).id(), List.of(TestEditions.onBallot(editions, voting, 0).get(0).id())),
                "ul. Lipowa 5"));
        String other = "nowy-" + java.util.UUID.randomUUID() + "@example.org";
        Staff.asResident(account, () -> {
            residents.requestEmailChange(other, java.util.Locale.forLanguageTag("pl"));
            return null;
        });
        long id = Staff.asResident(account, residents::me).id();
        Ticket linked = residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), id);

        PersonalData data = Staff.asResident(linked, () -> residents.myData(null));
        assertEquals(voting.projectId(), only(data, "budgetVotes").get("editionId"),
                "voted under the account's key, found after login.gov.pl became the person's key");
        assertEquals(other, only(data, "pendingEmail").get("email"));
        assertEquals(true, only(data, "account").get("passwordSet"));
    }

    private long phaseOf(long project) {
        return projects.find(project).orElseThrow().phases().get(0).id();
    }

    /** An edition whose submission runs now, one pool, projects needing no supporters. */
    private Edition submissionEdition() throws Exception {
        long project = TestProjects.running(projects, "Dane osobowe: BO", "budget-submission");
        return Staff.as(Staff.CLERK,
                () -> editions.configure(project, null,
                        new EditionRules(EnumSet.of(Channel.ONLINE), ConflictRule.FIRST_COUNTS, TieBreak.LOWER_COST,
                                null, Filling.SKIP_UNFITTING, false, 0, List.of(), 7, false, false),
                        List.of(TestEditions.pool("Pula ogólnomiejska", 240_000, 100_000, null))));
    }

    private static List<Map<String, java.io.Serializable>> records(PersonalData data, String section) {
        return data.sections().stream().filter(s -> s.key().equals(section)).findFirst().orElseThrow().records()
                .stream().map(PersonalData.Record::values).toList();
    }

    private static Map<String, java.io.Serializable> only(PersonalData data, String section) {
        List<Map<String, java.io.Serializable>> records = records(data, section);
        assertEquals(1, records.size(), section + ": " + records);
        return records.get(0);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
