package pl.wiec.system.surveys;

import pl.wiec.surveys.entity.ImportJob;

import pl.wiec.surveys.boundary.ImportProgress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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

import pl.wiec.offline.boundary.Ambassadors;
import pl.wiec.projects.boundary.NotAllowed;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.control.Eligibility.Refusal;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.surveys.boundary.AlreadyAnswered;
import pl.wiec.offline.boundary.AlreadyEntered;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.boundary.ImportRejected.Problem;
import pl.wiec.surveys.boundary.ImportRejected.RowProblem;
import pl.wiec.surveys.boundary.PaperAnswers;
import pl.wiec.surveys.boundary.AnswersRejected;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.boundary.Poll;
import pl.wiec.surveys.boundary.PollDesign;
import pl.wiec.surveys.boundary.PollLocked;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.control.ImportJobs;
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.QuestionRejected;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * Polls: staff write the questions, residents answer once (however their requests race) by the phase's answer rule,
 * answers breaking a question's rule are refused with nothing stored, results are counted per option and shown to
 * residents only after answering and only where staff chose to; staff cannot change what answers mean.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class PollsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(PollsIT.class);
    }

    @Inject
    Polls polls;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Ambassadors ambassadors;

    @Inject
    ImportJobs importJobs;

    private static final QuestionPlan WEEKENDS = new QuestionPlan(LocalizedText.polish("Rynek bez samochodów?"),
            QuestionKind.SINGLE_CHOICE, true, null,
            List.of(LocalizedText.polish("Tak"), LocalizedText.polish("Nie"), LocalizedText.polish("Nie wiem")));
    private static final QuestionPlan NEEDS = new QuestionPlan(LocalizedText.polish("Czego brakuje?"),
            QuestionKind.MULTIPLE_CHOICE, false, 2,
            List.of(LocalizedText.polish("Zieleni"), LocalizedText.polish("Ławek"), LocalizedText.polish("Fontanny")));

    /** A running poll phase (answer rule: the given one) with the two questions; returns the phase id. */
    private long poll(ActionRule answerRule) throws Exception {
        long project = TestProjects.create(projects, "Sonda", Visibility.PUBLISHED,
                today -> List.of(TestProjects.phase(today, PollMethod.KEY).withRule(Action.ANSWER, answerRule)));
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, WEEKENDS));
        Staff.as(Staff.ADMINISTRATOR, () -> polls.addQuestion(phase, NEEDS));
        return phase;
    }

    private Ticket resident() throws Exception {
        return residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
    }

    private static long option(Poll poll, int question, int option) {
        return poll.questions().get(question).options().get(option).id();
    }

    private static long question(Poll poll, int question) {
        return poll.questions().get(question).id();
    }

    @Test
    void residentsAnswerOnceAndSeeTheResultsOnlyAfterAnsweringWhereStaffShowThem() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        Poll anonymous = polls.poll(phase).orElseThrow();
        assertEquals(List.of("Rynek bez samochodów?", "Czego brakuje?"),
                anonymous.questions().stream().map(q -> q.title().pl()).toList());
        assertEquals(Refusal.SIGN_IN, anonymous.refusal());

        Ticket first = resident();
        Ticket second = resident();
        Staff.asResident(first, () -> {
            polls.answer(phase, Map.of(question(anonymous, 0), List.of(option(anonymous, 0, 0)), question(anonymous, 1),
                    List.of(option(anonymous, 1, 0), option(anonymous, 1, 1))));
            return null;
        });
        Poll afterAnswering = Staff.asResident(first, () -> polls.poll(phase).orElseThrow());
        assertTrue(afterAnswering.answered());
        assertNull(afterAnswering.results(), "staff have not chosen to show the results");
        assertThrows(AlreadyAnswered.class, () -> Staff.asResident(first, () -> {
            polls.answer(phase, Map.of(question(anonymous, 0), List.of(option(anonymous, 0, 1))));
            return null;
        }), "a second answer is refused and the first stays");

        Staff.as(Staff.CLERK, () -> polls.showResultsToResidents(phase, true));
        assertNull(Staff.asResident(second, () -> polls.poll(phase).orElseThrow()).results(), "not before answering");
        Staff.asResident(second, () -> {
            polls.answer(phase, Map.of(question(anonymous, 0), List.of(option(anonymous, 0, 1))));
            return null;
        });
        PollResults shown = Staff.asResident(second, () -> polls.poll(phase).orElseThrow()).results();
        assertEquals(2, shown.responses());
        assertEquals(1, shown.chose(option(anonymous, 0, 0)), "the first answer counts, not the second attempt");
        assertEquals(1, shown.chose(option(anonymous, 0, 1)));
        assertEquals(50.0, shown.share(question(anonymous, 0), option(anonymous, 0, 1)));
        assertEquals(1, shown.answered(question(anonymous, 1)), "only the first skipped nothing in question 2");
        assertEquals(100.0, shown.share(question(anonymous, 1), option(anonymous, 1, 1)));
        assertEquals(shown, Staff.as(Staff.CLERK, () -> polls.results(phase)), "staff see the same count");
    }

    @Test
    void anOptionShowsAPictureDescribedForScreenReadersWhichEveryoneWhoSeesThePollMayLoad() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        long yes = option(polls.poll(phase).orElseThrow(), 0, 0);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.MODERATOR, () -> {
            polls.illustrateOption(yes, png.toByteArray(), "Rynek bez aut", null);
            return null;
        }), "moderators do not design the questions");
        assertThrows(jakarta.ejb.EJBException.class, () -> Staff.as(Staff.CLERK, () -> {
            polls.illustrateOption(yes, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "Rynek", null);
            return null;
        }), "only PNG, JPEG and WebP pictures");
        assertTrue(polls.optionImage(yes).isEmpty(), "nothing stored");

        Staff.as(Staff.CLERK, () -> {
            polls.illustrateOption(yes, png.toByteArray(), " Rynek bez samochodów, z ławkami ",
                    "The square without cars");
            return null;
        });
        PollQuestion.Option shown = polls.poll(phase).orElseThrow().questions().get(0).options().get(0);
        assertTrue(shown.isIllustrated());
        assertEquals(new LocalizedText("Rynek bez samochodów, z ławkami", "The square without cars"),
                shown.imageDescription());
        var image = polls.optionImage(yes).orElseThrow();
        assertEquals("image/png", image.contentType(), "anyone who sees the poll loads the picture");
        assertEquals(shown.imageSha256(), image.sha256(), "its address names the picture stored");
        assertEquals(40, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.image())).getWidth());
        assertFalse(polls.poll(phase).orElseThrow().questions().get(0).options().get(1).isIllustrated());

        Staff.as(Staff.CLERK, () -> {
            polls.removeOptionImage(yes);
            return null;
        });
        assertFalse(polls.poll(phase).orElseThrow().questions().get(0).options().get(0).isIllustrated());
        assertTrue(polls.optionImage(yes).isEmpty());
    }

    @Test
    void answersBreakingAQuestionsRuleAreRefusedWithTheQuestionNamedAndNothingStored() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        Poll poll = polls.poll(phase).orElseThrow();
        Ticket someone = resident();
        long single = question(poll, 0);
        long multiple = question(poll, 1);
        Map<Long, AnswerProblem> problems = assertThrows(AnswersRejected.class, () -> Staff.asResident(someone, () -> {
            polls.answer(phase, Map.of(single, List.of(option(poll, 0, 0), option(poll, 0, 1)), multiple,
                    List.of(option(poll, 1, 0), option(poll, 1, 1), option(poll, 1, 2))));
            return null;
        })).problems();
        assertEquals(Map.of(single, AnswerProblem.ONE_ONLY, multiple, AnswerProblem.TOO_MANY), problems);
        assertEquals(Map.of(single, AnswerProblem.REQUIRED),
                assertThrows(AnswersRejected.class, () -> Staff.asResident(someone, () -> {
                    polls.answer(phase, Map.of(multiple, List.of(option(poll, 1, 0))));
                    return null;
                })).problems(), "the required question left out");
        assertEquals(Map.of(single, AnswerProblem.UNKNOWN),
                assertThrows(AnswersRejected.class, () -> Staff.asResident(someone, () -> {
                    polls.answer(phase, Map.of(single, List.of(option(poll, 1, 0))));
                    return null;
                })).problems(), "another question's option");
        assertEquals(0, Staff.as(Staff.CLERK, () -> polls.results(phase)).responses(), "nothing was stored");
        assertFalse(Staff.asResident(someone, () -> polls.poll(phase).orElseThrow()).answered());
    }

    @Test
    void whoMayAnswerFollowsThePhasesAnswerRule() throws Exception {
        long phase = poll(new ActionRule(Requirement.NATIONAL_SUBSTANTIAL, 18, null));
        Poll poll = polls.poll(phase).orElseThrow();
        Map<Long, List<Long>> yes = Map.of(question(poll, 0), List.of(option(poll, 0, 0)));
        Ticket emailOnly = TestPeople.emailAccount(residents, "sonda-" + java.util.UUID.randomUUID() + "@example.org");
        assertEquals(Refusal.VERIFY_NATIONALLY,
                Staff.asResident(emailOnly, () -> polls.poll(phase).orElseThrow()).refusal());
        assertEquals(Refusal.VERIFY_NATIONALLY, assertThrows(NotAllowed.class, () -> Staff.asResident(emailOnly, () -> {
            polls.answer(phase, yes);
            return null;
        })).refusal());
        Ticket teenager = residents.signInNationally(
                TestPeople.bornOn(projects.today().minusYears(16), LevelOfAssurance.SUBSTANTIAL), null);
        assertEquals(Refusal.TOO_YOUNG, assertThrows(NotAllowed.class, () -> Staff.asResident(teenager, () -> {
            polls.answer(phase, yes);
            return null;
        })).refusal());
        assertThrows(EJBAccessException.class, () -> polls.answer(phase, yes), "anonymous");
        Staff.asResident(resident(), () -> {
            polls.answer(phase, yes);
            return null;
        });
        assertEquals(1, Staff.as(Staff.ADMINISTRATOR, () -> polls.results(phase)).responses());
    }

    @Test
    void simultaneousAnswersOfOnePersonCountOnce() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        Poll poll = polls.poll(phase).orElseThrow();
        Ticket doubleClicker = resident();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int choice = i % 3;
                Callable<String> attempt = () -> Staff.asResident(doubleClicker, () -> {
                    try {
                        polls.answer(phase, Map.of(question(poll, 0), List.of(option(poll, 0, choice))));
                        return "stored";
                    } catch (AlreadyAnswered e) {
                        return "already";
                    }
                });
                outcomes.add(pool.submit(attempt));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertEquals(1, results.stream().filter("stored"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        PollResults counted = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals(1, counted.responses());
        assertEquals(1, counted.answered(question(poll, 0)));
    }

    @Test
    void staffWriteTheQuestionsAndCannotChangeWhatGivenAnswersMean() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        PollDesign design = Staff.as(Staff.CLERK, () -> polls.design(phase)).orElseThrow();
        assertEquals(List.of(1, 2), design.questions().stream().map(PollQuestion::position).toList());
        PollQuestion needs = design.questions().get(1);
        Staff.as(Staff.CLERK, () -> polls.moveQuestion(needs.id(), -1));
        assertEquals(List.of("Czego brakuje?", "Rynek bez samochodów?"),
                Staff.as(Staff.CLERK, () -> polls.design(phase)).orElseThrow().questions().stream()
                        .map(q -> q.title().pl()).toList());

        assertEquals(QuestionPlan.Problem.DUPLICATE_OPTION,
                assertThrows(QuestionRejected.class,
                        () -> Staff.as(Staff.CLERK, () -> polls.addQuestion(phase,
                                new QuestionPlan(LocalizedText.polish("Dzień?"), QuestionKind.SINGLE_CHOICE, true, null,
                                        List.of(LocalizedText.polish("Sobota"), LocalizedText.polish("sobota"))))))
                                                .problem());
        assertEquals(QuestionPlan.Problem.MAX_CHOICES,
                assertThrows(QuestionRejected.class,
                        () -> Staff.as(Staff.CLERK, () -> polls.addQuestion(phase,
                                new QuestionPlan(LocalizedText.polish("Dzień?"), QuestionKind.MULTIPLE_CHOICE, true, 3,
                                        List.of(LocalizedText.polish("Sobota"), LocalizedText.polish("Niedziela"))))))
                                                .problem());

        for (int added = 2; added < pl.wiec.surveys.entity.Form.MAX_QUESTIONS; added++) {
            Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, WEEKENDS));
        }
        assertEquals(QuestionPlan.Problem.QUESTIONS,
                assertThrows(QuestionRejected.class,
                        () -> Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, WEEKENDS))).problem(),
                "a poll has at most 30 questions");
        for (long extra : Staff.as(Staff.CLERK, () -> polls.design(phase)).orElseThrow().questions().stream().skip(2)
                .map(PollQuestion::id).toList()) {
            Staff.as(Staff.CLERK, () -> {
                polls.removeQuestion(extra);
                return null;
            });
        }
        for (String login : List.of(Staff.MODERATOR, Staff.NO_WIEC_ROLE)) {
            assertThrows(EJBAccessException.class, () -> Staff.as(login, () -> polls.addQuestion(phase, WEEKENDS)),
                    login);
            assertThrows(EJBAccessException.class, () -> Staff.as(login, () -> polls.design(phase)), login);
        }
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.MODERATOR, () -> polls.results(phase)),
                "a moderator of other projects does not see the results");
        Ticket someone = resident();
        assertThrows(EJBAccessException.class,
                () -> Staff.asResident(someone, () -> polls.addQuestion(phase, WEEKENDS)));

        Poll poll = polls.poll(phase).orElseThrow();
        Staff.asResident(someone, () -> {
            polls.answer(phase, Map.of(question(poll, 1), List.of(option(poll, 1, 2))));
            return null;
        });
        assertThrows(PollLocked.class, () -> Staff.as(Staff.CLERK, () -> {
            polls.removeQuestion(needs.id());
            return null;
        }));
        assertThrows(PollLocked.class, () -> Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, WEEKENDS)));
        assertThrows(PollLocked.class, () -> Staff.as(Staff.CLERK, () -> {
            polls.reviseQuestion(needs.id(),
                    new QuestionPlan(needs.title(), QuestionKind.SINGLE_CHOICE, false, null, needs.plan().options()));
            return null;
        }), "a multiple choice cannot become a single one once answered");
        Staff.as(Staff.CLERK, () -> {
            polls.reviseQuestion(needs.id(),
                    new QuestionPlan(LocalizedText.polish("Czego brakuje na Rynku?"), QuestionKind.MULTIPLE_CHOICE,
                            false, 2, List.of(LocalizedText.polish("Zieleni"), LocalizedText.polish("Ławek w cieniu"),
                                    LocalizedText.polish("Fontanny"))));
            return null;
        });
        PollDesign corrected = Staff.as(Staff.CLERK, () -> polls.design(phase)).orElseThrow();
        assertEquals("Ławek w cieniu", corrected.questions().get(0).options().get(1).label().pl(),
                "texts can still be corrected");
        assertEquals(1, corrected.responses());
        assertEquals(1, Staff.as(Staff.CLERK, () -> polls.results(phase)).chose(option(poll, 1, 2)),
                "the answer still counts for its option");
    }

    private static PaperAnswers paper(ResponseChannel channel, Map<Long, List<Integer>> marked, String key) {
        return new PaperAnswers(channel, "Biblioteka Miejska", null, marked, Map.of(), key);
    }

    @Test
    void paperFormsKeyedInByStaffAndAmbassadorsCountOnceWithTheOnlineAnswersSplitByChannel() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        Poll shown = polls.poll(phase).orElseThrow();
        long weekends = question(shown, 0);
        long needs = question(shown, 1);
        Ticket online = resident();
        Staff.asResident(online, () -> {
            polls.answer(phase, Map.of(weekends, List.of(option(shown, 0, 0))));
            return null;
        });

        // a clerk keys a paper form; the same form sent again (a lost answer, a double Enter) counts once
        Staff.as(Staff.CLERK, () -> {
            polls.enter(phase, paper(ResponseChannel.PAPER, Map.of(weekends, List.of(2), needs, List.of(1, 3)), "k-1"));
            return null;
        });
        assertThrows(AlreadyEntered.class, () -> Staff.as(Staff.CLERK, () -> {
            polls.enter(phase, paper(ResponseChannel.PAPER, Map.of(weekends, List.of(2)), "k-1"));
            return null;
        }));
        // marks breaking the rules are named per question, and nothing is stored
        assertEquals(Map.of(weekends, AnswerProblem.UNKNOWN, needs, AnswerProblem.TOO_MANY),
                assertThrows(AnswersRejected.class, () -> Staff.as(Staff.CLERK, () -> {
                    polls.enter(phase,
                            paper(ResponseChannel.PAPER, Map.of(weekends, List.of(4), needs, List.of(1, 2, 3)), "k-2"));
                    return null;
                })).problems());

        // a resident is not a keyer until they accept an invitation; the invitation works once
        Ticket ambassador = resident();
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ambassador, () -> polls.paperForm(phase)));
        long project = polls.poll(phase).orElseThrow().projectId();
        String token = Staff.as(Staff.CLERK, () -> ambassadors.invite(project));
        assertEquals(Optional.of(project), Staff.asResident(ambassador, () -> ambassadors.accept(token)));
        assertEquals(Optional.empty(), Staff.asResident(resident(), () -> ambassadors.accept(token)), "used once");
        Staff.asResident(ambassador, () -> {
            polls.enter(phase, paper(ResponseChannel.CONSULTATION_POINT, Map.of(weekends, List.of(2)), "k-3"));
            return null;
        });
        assertEquals(1, Staff.asResident(ambassador, () -> polls.paperForm(phase)).orElseThrow().keyedByMe());
        assertEquals(List.of(project),
                Staff.asResident(ambassador, () -> ambassadors.mine()).stream().map(p -> p.id()).toList());
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ambassador, () -> polls.results(phase)),
                "an ambassador does not see the results");
        long elsewhere = poll(ActionRule.anyoneSignedIn());
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ambassador, () -> {
            polls.enter(elsewhere, paper(ResponseChannel.PAPER, Map.of(question(shown, 0), List.of(1)), "k-4"));
            return null;
        }), "only in the projects they are an ambassador of");

        PollResults results = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals(3, results.responses());
        assertEquals(List.of(ResponseChannel.ONLINE, ResponseChannel.PAPER, ResponseChannel.CONSULTATION_POINT),
                results.channels());
        long no = option(shown, 0, 1);
        assertEquals(2, results.chose(no));
        assertEquals(1, results.chose(no, ResponseChannel.PAPER));
        assertEquals(1, results.chose(no, ResponseChannel.CONSULTATION_POINT));
        assertEquals(0, results.chose(no, ResponseChannel.ONLINE));
        assertEquals(1, Staff.as(Staff.CLERK, () -> ambassadors.of(project)).size());

        long ambassadorId = Staff.asResident(ambassador, () -> residents.myId());
        Staff.as(Staff.CLERK, () -> ambassadors.withdraw(project, ambassadorId));
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ambassador, () -> polls.paperForm(phase)),
                "the role withdrawn, keying ends");
        Ticket leaving = resident();
        String again = Staff.as(Staff.CLERK, () -> ambassadors.invite(project));
        Staff.asResident(leaving, () -> ambassadors.accept(again));
        assertEquals(1, Staff.as(Staff.CLERK, () -> ambassadors.of(project)).size());
        Staff.asResident(leaving, () -> {
            residents.deleteMyAccount();
            return null;
        });
        assertEquals(List.of(), Staff.as(Staff.CLERK, () -> ambassadors.of(project)),
                "a deleted account is no one's ambassador");
    }

    @Test
    void aSpreadsheetOfPaperAnswersImportsWhollyOrNotAtAllAndOnce() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        String header = String.join(";", Staff.as(Staff.CLERK, () -> polls.importHeader(phase))) + "\r\n";
        assertTrue(header.startsWith("kanał;miejsce;P1 Rynek bez samochodów?;P2 Czego brakuje?"), header);
        String broken = header + "papier;Rynek;1;1 2\r\n" // fine
                + "list;;2;\r\n" // fine: a letter came by post
                + "telefon;;1;\r\n" // no such channel
                + ";;;3\r\n" // the required question unanswered
                + "papier;;1 2;x\r\n" // two in a single choice, and not numbers
                + "\r\n" // an empty row is skipped
                + "wydarzenie;Spacer;7;\r\n"; // no option 7
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> Staff.as(Staff.CLERK,
                () -> polls.importAnswers(phase, "ankiety.csv", broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals(
                List.of(new RowProblem(4, "kanał", Problem.CHANNEL), new RowProblem(5, "P1", Problem.REQUIRED),
                        new RowProblem(6, "P2", Problem.NOT_NUMBERS), new RowProblem(8, "P1", Problem.UNKNOWN)),
                rejected.problems());
        assertEquals(0, Staff.as(Staff.CLERK, () -> polls.results(phase)).responses(), "nothing was imported");

        // Excel in Polish saves Windows-1250; the same file twice counts once
        StringBuilder good = new StringBuilder(header);
        for (int i = 0; i < 300; i++) {
            good.append(i % 3 == 0 ? "punkt konsultacyjny;Urząd;" : "papier;Żłobek;").append(i % 2 + 1)
                    .append(i % 5 == 0 ? ";2 3" : ";").append("\r\n");
        }
        byte[] file = good.toString().getBytes(Charset.forName("windows-1250"));
        assertEquals(300, Staff.as(Staff.CLERK, () -> polls.importAnswers(phase, "ankiety.csv", file)));
        assertEquals(List.of(new RowProblem(0, "", Problem.ALREADY_IMPORTED)), assertThrows(ImportRejected.class,
                () -> Staff.as(Staff.CLERK, () -> polls.importAnswers(phase, "kopia.csv", file))).problems());
        PollResults results = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals(300, results.responses());
        assertEquals(100, results.responses(ResponseChannel.CONSULTATION_POINT));
        assertEquals(200, results.responses(ResponseChannel.PAPER));
        Poll shown = polls.poll(phase).orElseThrow();
        assertEquals(150, results.chose(option(shown, 0, 0)));
        assertEquals(60, results.answered(question(shown, 1)));
    }

    @Test
    void aBackgroundImportTellsHowFarItIsAndHowItEnded() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        String header = String.join(";", Staff.as(Staff.CLERK, () -> polls.importHeader(phase))) + "\r\n";
        StringBuilder rows = new StringBuilder(header);
        for (int i = 0; i < 1_200; i++) {
            rows.append(i % 4 == 0 ? "poczta;;" : "papier;Biblioteka;").append(i % 2 + 1).append(";3\r\n");
        }
        String broken = rows + "papier;;9;\r\n";

        ImportProgress rejected = finished(
                Staff.as(Staff.CLERK, () -> polls.startImport(phase, "ankiety.csv", bytes(broken))));
        assertEquals(ImportJob.Stage.REJECTED, rejected.stage());
        assertEquals(List.of(new RowProblem(1_202, "P1", Problem.UNKNOWN)), rejected.problems());
        assertEquals(1_201, rejected.total(), "every row was checked");
        assertEquals(0, Staff.as(Staff.CLERK, () -> polls.results(phase)).responses(), "nothing was imported");

        long job = Staff.as(Staff.CLERK, () -> polls.startImport(phase, "ankiety.csv", bytes(rows.toString())));
        ImportProgress done = finished(job);
        assertEquals(ImportJob.Stage.DONE, done.stage());
        assertEquals(1_200, done.imported());
        assertEquals(100, done.percent());
        assertEquals("ankiety.csv", done.fileName());
        PollResults results = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals(1_200, results.responses());
        assertEquals(300, results.responses(ResponseChannel.POST));

        // the same file again is refused in the background too; only the project's staff follow its jobs
        assertEquals(List.of(new RowProblem(0, "", Problem.ALREADY_IMPORTED)), finished(
                Staff.as(Staff.ADMINISTRATOR, () -> polls.startImport(phase, "kopia.csv", bytes(rows.toString()))))
                        .problems());
        assertEquals(Optional.empty(), Staff.as(Staff.PROJECT_MODERATOR, () -> polls.importProgress(job)),
                "a moderator of another project does not see the job");
        assertThrows(EJBAccessException.class, () -> Staff.as(Staff.NO_WIEC_ROLE, () -> polls.importProgress(job)));
        assertEquals(1_200, Staff.as(Staff.CLERK, () -> polls.results(phase)).responses());

        // the nightly purge forgets jobs a month old, not younger ones; the answers they imported stay
        importJobs.purgeBefore(java.time.Instant.now().minus(ImportJobs.KEPT));
        assertTrue(Staff.as(Staff.CLERK, () -> polls.importProgress(job)).isPresent(), "a job of today is kept");
        assertTrue(importJobs.purgeBefore(java.time.Instant.now().plusSeconds(1)) >= 3);
        assertEquals(Optional.empty(), Staff.as(Staff.CLERK, () -> polls.importProgress(job)));
        assertEquals(1_200, Staff.as(Staff.CLERK, () -> polls.results(phase)).responses());
    }

    /** The job's outcome, asked for as the page does, at most for a minute. */
    private ImportProgress finished(long job) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < until) {
            ImportProgress progress = Staff.as(Staff.CLERK, () -> polls.importProgress(job)).orElseThrow();
            if (progress.finished()) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The import job " + job + " did not finish in a minute");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExcelWorkbookImportsAsACsvFileDoes() throws Exception {
        long phase = poll(ActionRule.anyoneSignedIn());
        List<String> header = Staff.as(Staff.CLERK, () -> polls.importHeader(phase));
        java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
        try (pl.wiec.web.XlsxWriter xlsx = new pl.wiec.web.XlsxWriter(broken, "Ankiety")) {
            xlsx.row(header);
            xlsx.row(List.of("papier", "Szkoła", "1", "2 3"));
            xlsx.row(List.of("", "", "", ""));
            xlsx.row(List.of("poczta", "", "5", ""));
        }
        assertEquals(List.of(new RowProblem(4, "P1", Problem.UNKNOWN)), assertThrows(ImportRejected.class,
                () -> Staff.as(Staff.CLERK, () -> polls.importAnswers(phase, "ankiety.xlsx", broken.toByteArray())))
                        .problems(),
                "rows numbered as in the workbook, the empty one counted");
        java.io.ByteArrayOutputStream good = new java.io.ByteArrayOutputStream();
        try (pl.wiec.web.XlsxWriter xlsx = new pl.wiec.web.XlsxWriter(good, "Ankiety")) {
            xlsx.row(header);
            xlsx.row(List.of("papier", "Szkoła", "1", "2 3"));
            xlsx.row(List.of("poczta", "", "2", ""));
        }
        assertEquals(2, Staff.as(Staff.CLERK, () -> polls.importAnswers(phase, "ankiety.xlsx", good.toByteArray())));
        PollResults results = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals(1, results.responses(ResponseChannel.POST));
        assertEquals(List.of(new RowProblem(0, "", Problem.UNREADABLE)),
                assertThrows(ImportRejected.class, () -> Staff.as(Staff.CLERK,
                        () -> polls.importAnswers(phase, "zepsuty.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })))
                                .problems());
    }
}
