package pl.wiec.system.surveys;

import pl.wiec.surveys.boundary.PollResults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.Action;
import pl.wiec.projects.entity.ActionRule;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.boundary.Ticket;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.surveys.boundary.AlreadyAnswered;
import pl.wiec.surveys.boundary.AnswersRejected;
import pl.wiec.surveys.boundary.AttachedFile;
import pl.wiec.surveys.boundary.FileAnswers;
import pl.wiec.surveys.boundary.ImportRejected;
import pl.wiec.surveys.boundary.ImportRejected.RowProblem;
import pl.wiec.surveys.boundary.PaperAnswers;
import pl.wiec.surveys.boundary.ExportedResponse;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.QuestionRejected;
import pl.wiec.surveys.boundary.Survey;
import pl.wiec.surveys.boundary.SurveyFilter;
import pl.wiec.surveys.boundary.SurveyResults;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.control.Attachments;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.surveys.entity.Answer;
import pl.wiec.surveys.entity.AnswerProblem;
import pl.wiec.surveys.entity.Form;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;

/**
 * Surveys: a geo-survey of three pages whose first answer decides whether the second is asked; residents answer page by
 * page with a draft kept between visits, broken rules are named per question with nothing kept, what a skip passed by
 * does not count; results count choices, ranges, text answers (searchable) and points; the export hands every response
 * on; residents change what they sent only where staff allow it; the builder keeps polls to choices and skips forward.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class SurveysIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(SurveysIT.class);
    }

    @Inject
    Polls polls;

    @Inject
    Surveys surveys;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Inject
    Attachments attachments;

    private static LocalizedText pl(String text) {
        return LocalizedText.polish(text);
    }

    /**
     * Page 1: "Do you use the park?" (yes / no; "no" skips page 2). Page 2 "Park": where you enter it (a point,
     * required), how you rate it (a scale of 5). Page 3 "About you": what is missing (long text), age (0–120).
     */
    private long geoSurvey(long phase) throws Exception {
        Staff.as(Staff.CLERK, () -> {
            polls.addQuestion(phase, new QuestionPlan(pl("Czy korzystasz z parku?"), QuestionKind.SINGLE_CHOICE, true,
                    null, List.of(pl("Tak"), pl("Nie"))));
            polls.addQuestion(phase, new QuestionPlan(pl("Którędy wchodzisz do parku?"), QuestionKind.POINT, true, null,
                    List.of(), true, pl("Park"), null, null, List.of()));
            polls.addQuestion(phase, new QuestionPlan(pl("Jak oceniasz park?"), QuestionKind.SCALE, false, null,
                    List.of(pl("1 – źle"), pl("2"), pl("3"), pl("4"), pl("5 – dobrze"))));
            long missing = polls.addQuestion(phase, new QuestionPlan(pl("Czego brakuje w okolicy?"),
                    QuestionKind.LONG_TEXT, false, null, List.of(), true, pl("O Tobie"), null, null, List.of()));
            polls.addQuestion(phase, new QuestionPlan(pl("Ile masz lat?"), QuestionKind.NUMBER, false, null, List.of(),
                    false, null, BigDecimal.ZERO, new BigDecimal("120"), List.of()));
            PollQuestion first = polls.design(phase).orElseThrow().questions().get(0);
            QuestionPlan skipping = new QuestionPlan(first.title(), first.kind(), true, null,
                    List.of(pl("Tak"), pl("Nie")), false, null, null, null,
                    List.of(QuestionPlan.Skip.NEXT, new QuestionPlan.Skip(missing, false)));
            polls.reviseQuestion(first.id(), skipping);
        });
        return phase;
    }

    private long surveyPhase() throws Exception {
        long project = TestProjects.create(projects, "Ankieta parkowa", Visibility.PUBLISHED, today -> List
                .of(TestProjects.phase(today, SurveyMethod.KEY).withRule(Action.ANSWER, ActionRule.anyoneSignedIn())));
        return geoSurvey(projects.find(project).orElseThrow().phases().get(0).id());
    }

    private Ticket resident() throws Exception {
        return residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null);
    }

    private static PollQuestion q(Survey survey, int page, int index) {
        return survey.pages().get(page).questions().get(index);
    }

    private static Map<Long, Answer> choose(PollQuestion question, int option) {
        return Map.of(question.id(), Answer.chose(Set.of(question.options().get(option).id())));
    }

    @Test
    void residentsAnswerPageByPageAlongTheSkipsWithADraftAndTheResultsCountWhatWasAsked() throws Exception {
        long phase = surveyPhase();
        Survey shape = surveys.survey(phase).orElseThrow();
        assertEquals(3, shape.pages().size());
        assertEquals("Park", shape.pages().get(1).title().pl());
        PollQuestion uses = q(shape, 0, 0);
        PollQuestion entrance = q(shape, 1, 0);
        PollQuestion rating = q(shape, 1, 1);
        PollQuestion missing = q(shape, 2, 0);
        PollQuestion age = q(shape, 2, 1);

        // Anna uses the park: all three pages; a required point missing, then outside Poland, is named
        Ticket anna = resident();
        assertEquals(1, (int) Staff.asResident(anna, () -> surveys.forward(phase, 0, choose(uses, 0))));
        Survey drafted = Staff.asResident(anna, () -> surveys.survey(phase).orElseThrow());
        assertTrue(drafted.drafting());
        assertEquals(1, drafted.currentPage(), "the draft remembers the page");
        assertEquals(Set.of(uses.options().get(0).id()), drafted.answers().get(uses.id()).options());
        AnswersRejected noPoint = assertThrows(AnswersRejected.class,
                () -> Staff.asResident(anna, () -> surveys.forward(phase, 1, Map.of())));
        assertEquals(Map.of(entrance.id(), AnswerProblem.REQUIRED), noPoint.problems());
        AnswersRejected berlin = assertThrows(AnswersRejected.class, () -> Staff.asResident(anna,
                () -> surveys.forward(phase, 1, Map.of(entrance.id(), Answer.point(52.52, 13.40)))));
        assertEquals(AnswerProblem.OUTSIDE_MAP, berlin.problems().get(entrance.id()));
        Map<Long, Answer> park = Map.of(entrance.id(), Answer.point(53.8431, 22.9791), rating.id(),
                Answer.chose(Set.of(rating.options().get(3).id())));
        assertEquals(2, (int) Staff.asResident(anna, () -> surveys.forward(phase, 1, park)));
        // she stops and comes back: the page kept unchecked, then a number out of range named
        Staff.asResident(anna,
                () -> surveys.keep(phase, 2, Map.of(missing.id(), Answer.text("Ławek przy stawie")), false));
        assertEquals("Ławek przy stawie",
                Staff.asResident(anna, () -> surveys.survey(phase).orElseThrow()).answers().get(missing.id()).text());
        AnswersRejected old = assertThrows(AnswersRejected.class,
                () -> Staff.asResident(anna, () -> surveys.forward(phase, 2, Map.of(missing.id(),
                        Answer.text("Ławek przy stawie"), age.id(), Answer.number(new BigDecimal("150"))))));
        assertEquals(Map.of(age.id(), AnswerProblem.ABOVE_MAX), old.problems());
        assertEquals(Form.END, (int) Staff.asResident(anna, () -> surveys.forward(phase, 2, Map.of(missing.id(),
                Answer.text("Ławek przy stawie"), age.id(), Answer.number(new BigDecimal("34"))))));
        Staff.asResident(anna, () -> {
            surveys.send(phase);
            return null;
        });
        Survey sent = Staff.asResident(anna, () -> surveys.survey(phase).orElseThrow());
        assertTrue(sent.sent());
        assertFalse(sent.drafting(), "the draft is gone once sent");

        // Bolek does not use the park: "no" skips page 2; what he had marked there before going back does not count
        Ticket bolek = resident();
        Staff.asResident(bolek, () -> surveys.forward(phase, 0, choose(uses, 0)));
        Staff.asResident(bolek, () -> surveys.keep(phase, 1, Map.of(entrance.id(), Answer.point(53.84, 22.98)), true));
        assertEquals(2, (int) Staff.asResident(bolek, () -> surveys.forward(phase, 0, choose(uses, 1))),
                "the skip leads past the park's page");
        assertEquals(List.of(0, 2), Staff.asResident(bolek, () -> surveys.survey(phase).orElseThrow()).path());
        Staff.asResident(bolek, () -> surveys.forward(phase, 2,
                Map.of(missing.id(), Answer.text("Boiska do kosza"), age.id(), Answer.number(new BigDecimal("17")))));
        Staff.asResident(bolek, () -> {
            surveys.send(phase);
            return null;
        });
        assertThrows(AlreadyAnswered.class, () -> Staff.asResident(bolek, () -> {
            surveys.change(phase);
            return null;
        }), "staff have not allowed changes");

        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(2, results.counts().responses());
        assertEquals(2, results.counts().responses(ResponseChannel.ONLINE));
        assertEquals(1, results.counts().chose(uses.options().get(0).id()));
        assertEquals(1, results.counts().chose(uses.options().get(1).id()));
        assertEquals(1, results.counts().answered(entrance.id()), "Bolek's point was on a page he skipped");
        assertEquals(2, results.counts().answered(missing.id()));
        assertEquals(0, new BigDecimal("17").compareTo(results.range(age.id()).min()));
        assertEquals(0, new BigDecimal("25.5").compareTo(results.range(age.id()).mean()));
        assertEquals(0, new BigDecimal("34").compareTo(results.range(age.id()).max()));
        assertEquals(1, Staff.as(Staff.CLERK, () -> surveys.points(phase, entrance.id())).size());
        var found = Staff.as(Staff.CLERK, () -> surveys.texts(phase, missing.id(), "ŁAWEK stawie", 0, 20));
        assertEquals(1, found.total());
        assertEquals("Ławek przy stawie", found.answers().get(0).text());
        assertEquals(2, Staff.as(Staff.CLERK, () -> surveys.texts(phase, missing.id(), null, 0, 20)).total());
        assertEquals(0, Staff.as(Staff.CLERK, () -> surveys.texts(phase, missing.id(), "100%", 0, 20)).total(),
                "a % typed is searched for, not a wildcard");

        List<ExportedResponse> exported = new ArrayList<>();
        Staff.as(Staff.CLERK, () -> surveys.eachResponse(phase, exported::add));
        assertEquals(2, exported.size());
        assertEquals(53.8431, exported.get(0).answers().get(entrance.id()).latitude(), 1e-9);
        assertFalse(exported.get(1).answers().containsKey(entrance.id()));

        assertThrows(EJBAccessException.class, () -> Staff.asResident(anna, () -> surveys.results(phase)),
                "residents do not read the results");
    }

    @Test
    void whereStaffAllowItAResidentChangesTheAnswersSentAndTheyCountOnce() throws Exception {
        long phase = surveyPhase();
        Survey shape = surveys.survey(phase).orElseThrow();
        PollQuestion uses = q(shape, 0, 0);
        PollQuestion missing = q(shape, 2, 0);
        Ticket cezary = resident();
        Staff.asResident(cezary, () -> surveys.forward(phase, 0, choose(uses, 1)));
        Staff.asResident(cezary, () -> surveys.forward(phase, 2, Map.of(missing.id(), Answer.text("Zieleni"))));
        Staff.asResident(cezary, () -> {
            surveys.send(phase);
            return null;
        });
        Staff.as(Staff.CLERK, () -> polls.allowChanges(phase, true));
        assertTrue(Staff.asResident(cezary, () -> surveys.survey(phase).orElseThrow()).changeable());
        Staff.asResident(cezary, () -> {
            surveys.change(phase);
            return null;
        });
        Survey reopened = Staff.asResident(cezary, () -> surveys.survey(phase).orElseThrow());
        assertTrue(reopened.drafting());
        assertEquals("Zieleni", reopened.answers().get(missing.id()).text(), "the answers sent, to change");
        Staff.asResident(cezary, () -> surveys.forward(phase, 2, Map.of(missing.id(), Answer.text("Drzew"))));
        Staff.asResident(cezary, () -> {
            surveys.send(phase);
            return null;
        });
        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(1, results.counts().responses(), "a change replaces, it does not add");
        assertEquals("Drzew",
                Staff.as(Staff.CLERK, () -> surveys.texts(phase, missing.id(), null, 0, 20)).answers().get(0).text());
    }

    @Test
    void aSurveyFilledOnPaperIsKeyedAndImportedWithItsValuesAlongTheSkips() throws Exception {
        long phase = surveyPhase();
        Survey shape = surveys.survey(phase).orElseThrow();
        long uses = q(shape, 0, 0).id();
        long entrance = q(shape, 1, 0).id();
        long rating = q(shape, 1, 1).id();
        long missing = q(shape, 2, 0).id();
        long age = q(shape, 2, 1).id();

        AnswersRejected unreadable = assertThrows(AnswersRejected.class,
                () -> Staff.as(Staff.CLERK,
                        () -> polls.enter(phase, new PaperAnswers(ResponseChannel.PAPER, "Biblioteka", null,
                                Map.of(uses, List.of(1)), Map.of(entrance, "przy stawie", age, "sto"), "paper-1"))));
        assertEquals(Map.of(entrance, AnswerProblem.OUTSIDE_MAP, age, AnswerProblem.NOT_A_NUMBER),
                unreadable.problems());
        Staff.as(Staff.CLERK,
                () -> polls.enter(phase, new PaperAnswers(ResponseChannel.PAPER, "Biblioteka", null,
                        Map.of(uses, List.of(1), rating, List.of(4)),
                        Map.of(entrance, "53,8436 22,9799", missing, "Ławki przy stawie", age, "34"), "paper-1")));
        // "no", yet a place written on the page that answer skips: it is not kept
        Staff.as(Staff.CLERK, () -> polls.enter(phase, new PaperAnswers(ResponseChannel.POST, null, null,
                Map.of(uses, List.of(2)), Map.of(entrance, "53.84, 22.98", age, "71"), "paper-2")));

        String header = String.join(";", Staff.as(Staff.CLERK, () -> polls.importHeader(phase)));
        String broken = header
                + "\r\npapier;Szkoła;1;;3;;20\r\npoczta;;2;;;;czterdzieści\r\npapier;;2;;;Cienia;15.5\r\n";
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> Staff.as(Staff.CLERK,
                () -> polls.importAnswers(phase, "ankiety.csv", broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(new RowProblem(2, "P2", ImportRejected.Problem.REQUIRED),
                new RowProblem(3, "P5", ImportRejected.Problem.NOT_A_NUMBER)), rejected.problems());
        String fixed = header + "\r\npapier;Szkoła;1;53.8450 22.9850;3;;20\r\npoczta;;2;;;;40\r\n";
        assertEquals(2, (int) Staff.as(Staff.CLERK,
                () -> polls.importAnswers(phase, "ankiety.csv", fixed.getBytes(StandardCharsets.UTF_8))));

        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(4, results.counts().responses());
        assertEquals(2, results.counts().responses(ResponseChannel.PAPER), "one keyed, one imported");
        assertEquals(2, results.counts().responses(ResponseChannel.POST));
        assertEquals(2, results.counts().answered(entrance), "only those who come marked the place");
        assertEquals(2, Staff.as(Staff.CLERK, () -> surveys.points(phase, entrance)).size());
        assertEquals(0, new BigDecimal("20").compareTo(results.range(age).min()));
        assertEquals(0, new BigDecimal("71").compareTo(results.range(age).max()));
        assertEquals("Ławki przy stawie",
                Staff.as(Staff.CLERK, () -> surveys.texts(phase, missing, "ławki", 0, 20)).answers().get(0).text());
    }

    @Test
    void staffCrossFilterTheResultsAndSmallGroupsAreWithheld() throws Exception {
        long phase = surveyPhase();
        Survey shape = surveys.survey(phase).orElseThrow();
        PollQuestion uses = q(shape, 0, 0);
        PollQuestion missing = q(shape, 2, 0);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        // five residents in their twenties do not use the park; two in their fifties do
        for (int i = 0; i < 7; i++) {
            boolean young = i < 5;
            Ticket resident = residents.signInNationally(
                    TestPeople.bornOn(today.minusYears(young ? 25 : 55).minusDays(i), LevelOfAssurance.SUBSTANTIAL),
                    null);
            Staff.asResident(resident, () -> surveys.forward(phase, 0, choose(uses, young ? 1 : 0)));
            if (!young) {
                Staff.asResident(resident,
                        () -> surveys.forward(phase, 1, Map.of(q(shape, 1, 0).id(), Answer.point(53.84, 22.98))));
            }
            Staff.asResident(resident,
                    () -> surveys.forward(phase, 2, Map.of(missing.id(), Answer.text(young ? "Boiska" : "Ławek"))));
            Staff.asResident(resident, () -> {
                surveys.send(phase);
                return null;
            });
        }
        long no = uses.options().get(1).id();
        SurveyResults chose = Staff.as(Staff.CLERK,
                () -> surveys.results(phase, new SurveyFilter(no, null, null, null)).orElseThrow());
        assertEquals(5, chose.matching());
        assertFalse(chose.withheld());
        assertEquals(5, chose.counts().chose(no));
        assertEquals(0, chose.counts().chose(uses.options().get(0).id()));
        assertEquals(5, Staff.as(Staff.CLERK,
                () -> surveys.texts(phase, missing.id(), "boiska", 0, 20, new SurveyFilter(no, null, null, null)))
                .total());

        SurveyResults young = Staff.as(Staff.CLERK, () -> surveys
                .results(phase, new SurveyFilter(null, null, SurveyFilter.AgeGroup.FROM_18_TO_29, null)).orElseThrow());
        assertEquals(5, young.matching(), "by the age on their accounts");
        assertEquals(0, young.counts().answered(q(shape, 1, 0).id()));

        SurveyResults older = Staff.as(Staff.CLERK, () -> surveys
                .results(phase, new SurveyFilter(null, null, SurveyFilter.AgeGroup.FROM_45_TO_59, null)).orElseThrow());
        assertEquals(2, older.matching());
        assertTrue(older.withheld(), "two people could be recognised");
        assertEquals(0, older.counts().responses());
        assertTrue(Staff.as(Staff.CLERK, () -> surveys.points(phase, q(shape, 1, 0).id(),
                new SurveyFilter(null, null, SurveyFilter.AgeGroup.FROM_45_TO_59, null))).isEmpty());
    }

    @Test
    void whereStaffOpenASurveyToAnyoneItIsAnsweredWithoutSigningInAndCountsOncePerSession() throws Exception {
        long project = TestProjects.create(projects, "Ankieta dla każdego", Visibility.PUBLISHED,
                today -> List.of(TestProjects.phase(today, SurveyMethod.KEY).withRule(Action.ANSWER,
                        new ActionRule(Requirement.ANYONE, null, List.of()))));
        long phase = geoSurvey(projects.find(project).orElseThrow().phases().get(0).id());
        long file = Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, new QuestionPlan(pl("Zdjęcie"),
                QuestionKind.FILE, false, null, List.of(), false, null, null, null, List.of())));
        Survey open = surveys.survey(phase).orElseThrow();
        assertTrue(open.anonymous(), "nobody signed in, and nobody needs to");
        assertEquals(null, open.refusal());
        PollQuestion uses = q(open, 0, 0);
        PollQuestion age = q(open, 2, 1);
        Map<Long, Answer> answers = new java.util.HashMap<>(choose(uses, 1));
        assertEquals(2, surveys.forwardAnonymously(phase, 0, answers));
        answers.put(age.id(), Answer.number(new BigDecimal("200")));
        AnswersRejected old = assertThrows(AnswersRejected.class, () -> surveys.forwardAnonymously(phase, 2, answers));
        assertEquals(Map.of(age.id(), AnswerProblem.ABOVE_MAX), old.problems());
        answers.put(age.id(), Answer.number(new BigDecimal("40")));
        assertEquals(Form.END, surveys.forwardAnonymously(phase, 2, answers));
        // a file attached without signing in is held by the session's key
        AttachedFile scan = surveys.attach(phase, file, "skan.pdf",
                "%PDF-1.7\n%skan\n".getBytes(StandardCharsets.US_ASCII), "session-key-1");
        answers.put(file, Answer.attached(scan.id()));
        assertEquals(Map.of(scan.id(), scan), surveys.attachments(phase, "session-key-1"));
        assertEquals(Map.of(), surveys.attachments(phase, "session-key-2"), "another session holds none");
        surveys.sendAnonymously(phase, answers, "session-key-1");
        assertThrows(AlreadyAnswered.class, () -> surveys.sendAnonymously(phase, answers, "session-key-1"),
                "sent again (a lost answer, a double click): counted once");
        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(1, results.counts().responses(ResponseChannel.ONLINE));
        assertEquals(0, new BigDecimal("40").compareTo(results.range(age.id()).max()));
        // another session naming that file sends its answers without it
        surveys.sendAnonymously(phase, answers, "session-key-2");
        FileAnswers files = Staff.as(Staff.CLERK, () -> surveys.files(phase, file, 0, 20, SurveyFilter.NONE));
        assertEquals(List.of(new FileAnswers.Sent(scan, ResponseChannel.ONLINE)), files.files());
        assertEquals(2, Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow()).counts()
                .responses(ResponseChannel.ONLINE));

        // anyone may answer, but not submit ideas or vote
        assertThrows(jakarta.ejb.EJBException.class,
                () -> TestProjects.create(projects, "Pomysły dla każdego", Visibility.PUBLISHED,
                        today -> List.of(TestProjects.phase(today, "ideation").withRule(Action.SUBMIT,
                                new ActionRule(Requirement.ANYONE, null, List.of())))));
    }

    @Test
    void routesAndAreasAreDrawnOnlineOrWrittenOnPaperAndExportedAsWkt() throws Exception {
        long project = TestProjects.create(projects, "Trasy i obszary", Visibility.PUBLISHED, today -> List
                .of(TestProjects.phase(today, SurveyMethod.KEY).withRule(Action.ANSWER, ActionRule.anyoneSignedIn())));
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        long route = Staff.as(Staff.CLERK, () -> polls.addQuestion(phase,
                new QuestionPlan(pl("Którędy idziesz do szkoły?"), QuestionKind.LINE, true, null, List.of())));
        long green = Staff.as(Staff.CLERK, () -> polls.addQuestion(phase,
                new QuestionPlan(pl("Gdzie brakuje zieleni?"), QuestionKind.AREA, false, null, List.of())));
        long how = Staff.as(Staff.CLERK,
                () -> polls.addQuestion(phase, new QuestionPlan(pl("Jak dojeżdżasz?"), QuestionKind.MULTIPLE_CHOICE,
                        false, null, List.of(pl("Pieszo"), pl("Inaczej")), false, null, null, null, List.of(), true)));
        Ticket resident = resident();
        List<pl.wiec.surveys.entity.Coordinate> twoPoints = List.of(new pl.wiec.surveys.entity.Coordinate(53.84, 22.98),
                new pl.wiec.surveys.entity.Coordinate(53.85, 22.99));
        AnswersRejected flat = assertThrows(AnswersRejected.class, () -> Staff.asResident(resident, () -> surveys
                .forward(phase, 0, Map.of(route, Answer.shape(twoPoints), green, Answer.shape(twoPoints)))));
        assertEquals(Map.of(green, AnswerProblem.SHAPE), flat.problems(), "an area needs three points");
        PollQuestion travel = Staff.as(Staff.CLERK, () -> polls.design(phase).orElseThrow()).questions().get(2);
        Staff.asResident(resident,
                () -> surveys.forward(phase, 0,
                        Map.of(route, Answer.shape(twoPoints), how,
                                new Answer(Set.of(travel.options().get(0).id(), travel.options().get(1).id()),
                                        "Hulajnogą", null, null, null, null))));
        Staff.asResident(resident, () -> {
            surveys.send(phase);
            return null;
        });
        Staff.as(Staff.CLERK, () -> polls.enter(phase,
                new PaperAnswers(ResponseChannel.PAPER, null, null, Map.of(), Map.of(route,
                        "53,84 22,98; 53,845 22,985; 53,85 22,99", green, "53,84 22,98; 53,85 22,99; 53,84 22,99"),
                        "shape-1")));

        assertEquals(2, Staff.as(Staff.CLERK, () -> surveys.shapes(phase, route, SurveyFilter.NONE)).size());
        assertEquals(3, Staff.as(Staff.CLERK, () -> surveys.shapes(phase, green, SurveyFilter.NONE)).get(0).size());
        List<ExportedResponse> exported = new ArrayList<>();
        Staff.as(Staff.CLERK, () -> surveys.eachResponse(phase, exported::add));
        assertEquals(twoPoints, exported.get(0).answers().get(route).shape());
        assertEquals("Hulajnogą", exported.get(0).answers().get(how).text());
        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(1, results.counts().answered(how), "one person, though with two options and a text");
        assertEquals("Hulajnogą",
                Staff.as(Staff.CLERK, () -> surveys.texts(phase, how, null, 0, 20)).answers().get(0).text());
        assertEquals(3, exported.get(1).answers().get(green).shape().size());
    }

    @Test
    void aMatrixIsAddedWholeItsRowsAreAnsweredAndCountedAsScales() throws Exception {
        long phase = surveyPhase();
        List<LocalizedText> points = List.of(pl("1 – źle"), pl("2"), pl("3 – dobrze"));
        LocalizedText grid = new LocalizedText("Jak oceniasz w okolicy…", "How do you rate nearby…");
        List<QuestionPlan> rows = new ArrayList<>();
        for (String row : List.of("chodniki", "oświetlenie", "zieleń")) {
            rows.add(new QuestionPlan(pl(row), QuestionKind.SCALE, !row.equals("zieleń"), null, points).inGrid(grid));
        }
        // all rows or none: one row too many questions, or a matrix title on a text question, keeps the form as it was
        QuestionRejected text = assertThrows(QuestionRejected.class,
                () -> Staff.as(Staff.CLERK, () -> polls.addQuestions(phase, List.of(rows.get(0),
                        new QuestionPlan(pl("Uwagi"), QuestionKind.SHORT_TEXT, false, null, List.of()).inGrid(grid)))));
        assertEquals(QuestionPlan.Problem.GRID, text.problem());
        assertEquals(5, Staff.as(Staff.CLERK, () -> polls.design(phase).orElseThrow()).questions().size());
        List<Long> ids = Staff.as(Staff.CLERK, () -> polls.addQuestions(phase, rows));
        assertEquals(3, ids.size());

        Survey survey = surveys.survey(phase).orElseThrow();
        List<PollQuestion> last = survey.pages().get(2).questions();
        assertEquals(List.of("Ile masz lat?", "chodniki", "oświetlenie", "zieleń"),
                last.stream().skip(1).map(q -> q.title().pl()).toList());
        assertTrue(last.get(3).continuesGrid(last.get(2)) && last.get(4).continuesGrid(last.get(3)));
        assertFalse(last.get(2).continuesGrid(last.get(1)), "the matrix begins after the number");
        assertEquals("Jak oceniasz w okolicy…: chodniki", last.get(2).heading().pl());
        assertEquals("How do you rate nearby…: chodniki", last.get(2).heading().en());

        // a required row left out is named on its own; the optional one may stay empty
        Ticket dorota = resident();
        PollQuestion uses = q(survey, 0, 0);
        Staff.asResident(dorota, () -> surveys.forward(phase, 0, choose(uses, 1)));
        Map<Long, Answer> onlyOne = Map.of(ids.get(0), Answer.chose(Set.of(last.get(2).options().get(2).id())));
        AnswersRejected missing = assertThrows(AnswersRejected.class,
                () -> Staff.asResident(dorota, () -> surveys.forward(phase, 2, onlyOne)));
        assertEquals(Map.of(ids.get(1), AnswerProblem.REQUIRED), missing.problems());
        Map<Long, Answer> both = new java.util.HashMap<>(onlyOne);
        both.put(ids.get(1), Answer.chose(Set.of(last.get(3).options().get(0).id())));
        Staff.asResident(dorota, () -> surveys.forward(phase, 2, both));
        Staff.asResident(dorota, () -> {
            surveys.send(phase);
            return null;
        });
        PollResults counts = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow()).counts();
        assertEquals(1, counts.chose(last.get(2).options().get(2).id()));
        assertEquals(1, counts.chose(last.get(3).options().get(0).id()));
        assertEquals(0, counts.answered(ids.get(2)));
        // each row is a column of the import template, its matrix named
        assertTrue(Staff.as(Staff.CLERK, () -> polls.importHeader(phase))
                .contains("P6 Jak oceniasz w okolicy…: chodniki"));
    }

    @Test
    void aRankingPutsEveryOptionInPlaceOnlineOnPaperAndFromAFileAndCountsMeanPlacesByChannel() throws Exception {
        long phase = surveyPhase();
        List<LocalizedText> eleven = new ArrayList<>();
        for (int option = 1; option <= 11; option++) {
            eleven.add(pl("Pomysł " + option));
        }
        QuestionRejected tooMany = assertThrows(QuestionRejected.class, () -> Staff.as(Staff.CLERK, () -> polls
                .addQuestion(phase, new QuestionPlan(pl("Co najpierw?"), QuestionKind.RANKING, false, null, eleven))));
        assertEquals(QuestionPlan.Problem.OPTION_COUNT, tooMany.problem(), "ten options at most to rank");
        long ranking = Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, new QuestionPlan(pl("Co najpierw?"),
                QuestionKind.RANKING, false, null, List.of(pl("Ławki"), pl("Lampy"), pl("Kosze")))));
        Survey survey = surveys.survey(phase).orElseThrow();
        PollQuestion question = q(survey, 2, 2);
        assertEquals(ranking, question.id());
        long benches = question.options().get(0).id();
        long lamps = question.options().get(1).id();
        long bins = question.options().get(2).id();

        // online: an option left without a place is named; the whole order is kept in the draft and sent
        Ticket dorota = resident();
        Staff.asResident(dorota, () -> surveys.forward(phase, 0, choose(q(survey, 0, 0), 1)));
        AnswersRejected partial = assertThrows(AnswersRejected.class, () -> Staff.asResident(dorota,
                () -> surveys.forward(phase, 2, Map.of(ranking, Answer.ranked(List.of(lamps, bins))))));
        assertEquals(Map.of(ranking, AnswerProblem.RANKING), partial.problems());
        Staff.asResident(dorota,
                () -> surveys.forward(phase, 2, Map.of(ranking, Answer.ranked(List.of(lamps, bins, benches)))));
        assertEquals(List.of(lamps, bins, benches), List.copyOf(
                Staff.asResident(dorota, () -> surveys.survey(phase).orElseThrow()).answers().get(ranking).options()),
                "the draft's order");
        Staff.asResident(dorota, () -> {
            surveys.send(phase);
            return null;
        });

        // on paper: the places written beside the options, in their order; a place twice is refused
        long uses = q(survey, 0, 0).id();
        AnswersRejected twice = assertThrows(AnswersRejected.class,
                () -> Staff.as(Staff.CLERK, () -> polls.enter(phase, new PaperAnswers(ResponseChannel.PAPER, null, null,
                        Map.of(uses, List.of(2), ranking, List.of(1, 1, 2)), Map.of(), "rank-1"))));
        assertEquals(Map.of(ranking, AnswerProblem.RANKING), twice.problems());
        Staff.as(Staff.CLERK, () -> polls.enter(phase, new PaperAnswers(ResponseChannel.PAPER, null, null,
                Map.of(uses, List.of(2), ranking, List.of(1, 3, 2)), Map.of(), "rank-1")));
        // from a file: the same places in the ranking's column; a row with an option left out is named
        String header = String.join(";", Staff.as(Staff.CLERK, () -> polls.importHeader(phase)));
        assertTrue(header.endsWith(";P6 Co najpierw?"), header);
        String broken = header + "\r\npoczta;;2;;;;40;1 2\r\n";
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> Staff.as(Staff.CLERK,
                () -> polls.importAnswers(phase, "ranking.csv", broken.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(new RowProblem(2, "P6", ImportRejected.Problem.RANKING)), rejected.problems());
        String fixed = header + "\r\npoczta;;2;;;;40;2 3 1\r\n";
        assertEquals(1, (int) Staff.as(Staff.CLERK,
                () -> polls.importAnswers(phase, "ranking.csv", fixed.getBytes(StandardCharsets.UTF_8))));

        // online lamps 1st, bins 2nd, benches 3rd; paper benches, bins, lamps; post bins, benches, lamps
        PollResults counts = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow()).counts();
        assertEquals(3, counts.answered(ranking));
        assertEquals(List.of(bins, benches, lamps), counts.byPlace(question).stream().map(o -> o.id()).toList());
        assertEquals(new BigDecimal("1.67"), counts.meanPlace(bins));
        assertEquals(new BigDecimal("2.33"), counts.meanPlace(lamps));
        assertEquals(new BigDecimal("1.00"), counts.meanPlace(lamps, ResponseChannel.ONLINE));
        assertEquals(new BigDecimal("3.00"), counts.meanPlace(lamps, ResponseChannel.PAPER));
        assertEquals(1, counts.placed(bins, 1));
        assertEquals(2, counts.placed(bins, 2));
        assertEquals(2, counts.placed(lamps, 3));
        // the export hands each response's ranking on in its order
        List<List<Long>> exported = new ArrayList<>();
        Staff.as(Staff.CLERK, () -> {
            surveys.eachResponse(phase, response -> exported
                    .add(List.copyOf(response.answers().getOrDefault(ranking, Answer.NONE).options())));
            return null;
        });
        assertEquals(
                List.of(List.of(lamps, bins, benches), List.of(benches, bins, lamps), List.of(bins, benches, lamps)),
                exported);
    }

    @Test
    void pollsAskOnlyChoicesAndSkipsLeadOnlyForward() throws Exception {
        long project = TestProjects.create(projects, "Sonda i ankieta", Visibility.PUBLISHED,
                today -> List.of(TestProjects.phase(today, PollMethod.KEY)));
        long pollPhase = projects.find(project).orElseThrow().phases().get(0).id();
        QuestionRejected kind = assertThrows(QuestionRejected.class,
                () -> Staff.as(Staff.CLERK, () -> polls.addQuestion(pollPhase,
                        new QuestionPlan(pl("Ile masz lat?"), QuestionKind.NUMBER, false, null, List.of()))));
        assertEquals(QuestionPlan.Problem.KIND, kind.problem());

        long phase = surveyPhase();
        List<PollQuestion> questions = Staff.as(Staff.CLERK, () -> polls.design(phase).orElseThrow()).questions();
        PollQuestion missing = questions.get(3);
        QuestionRejected backwards = assertThrows(QuestionRejected.class,
                () -> Staff.as(Staff.CLERK,
                        () -> polls.addQuestion(phase,
                                new QuestionPlan(pl("Wracasz?"), QuestionKind.SINGLE_CHOICE, false, null,
                                        List.of(pl("Tak"), pl("Nie")), true, null, null, null,
                                        List.of(new QuestionPlan.Skip(missing.id(), false), QuestionPlan.Skip.NEXT)))));
        assertEquals(QuestionPlan.Problem.SKIP, backwards.problem());
        List<LocalizedText> eleven = new ArrayList<>();
        for (int point = 1; point <= 11; point++) {
            eleven.add(pl(String.valueOf(point)));
        }
        QuestionRejected scale = assertThrows(QuestionRejected.class, () -> Staff.as(Staff.CLERK, () -> polls
                .addQuestion(phase, new QuestionPlan(pl("Skala"), QuestionKind.SCALE, false, null, eleven))));
        assertEquals(QuestionPlan.Problem.OPTION_COUNT, scale.problem());
    }

    @Test
    void aFileIsAttachedByWhoeverAnswersHeldByThemAloneAndReadOnlyByTheProjectsStaffOnceSent() throws Exception {
        long phase = surveyPhase();
        long photo = Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, new QuestionPlan(pl("Zdjęcie miejsca"),
                QuestionKind.FILE, true, null, List.of(), false, null, null, null, List.of())));
        Survey survey = surveys.survey(phase).orElseThrow();
        assertEquals(photo, q(survey, 2, 2).id(), "on the last page");
        PollQuestion uses = q(survey, 0, 0);
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        // nobody signed in stores nothing on a survey for residents
        assertThrows(pl.wiec.projects.boundary.NotAllowed.class,
                () -> surveys.attach(phase, photo, "plan.pdf", pdf, "some-session"));
        // a resident attaches a PDF; a page of HTML or an empty file is named and nothing is stored
        Ticket dorota = resident();
        Staff.asResident(dorota, () -> surveys.forward(phase, 0, choose(uses, 1)));
        AnswersRejected html = assertThrows(AnswersRejected.class, () -> Staff.asResident(dorota,
                () -> surveys.attach(phase, photo, "plan.html", "<html><script>".getBytes(), null)));
        assertEquals(Map.of(photo, AnswerProblem.FILE_TYPE), html.problems());
        AnswersRejected empty = assertThrows(AnswersRejected.class,
                () -> Staff.asResident(dorota, () -> surveys.attach(phase, photo, "pusty.pdf", new byte[0], null)));
        assertEquals(Map.of(photo, AnswerProblem.FILE_SIZE), empty.problems());
        AttachedFile plan = Staff.asResident(dorota,
                () -> surveys.attach(phase, photo, "C:\\skany\\plan skweru.pdf", pdf, null));
        assertEquals("plan skweru.pdf", plan.fileName());
        assertEquals("application/pdf", plan.contentType());
        assertEquals(pdf.length, plan.size());
        assertEquals(Map.of(plan.id(), plan), Staff.asResident(dorota, () -> surveys.attachments(phase, null)),
                "only the file stored");

        // another resident cannot answer with her file: it counts as no answer, and the file is required
        Ticket ewa = resident();
        Staff.asResident(ewa, () -> surveys.forward(phase, 0, choose(uses, 1)));
        AnswersRejected notHers = assertThrows(AnswersRejected.class, () -> Staff.asResident(ewa,
                () -> surveys.forward(phase, 2, Map.of(photo, Answer.attached(plan.id())))));
        assertEquals(Map.of(photo, AnswerProblem.REQUIRED), notHers.problems());
        assertEquals(Map.of(), Staff.asResident(ewa, () -> surveys.attachments(phase, null)));
        AttachedFile ewasOwn = Staff.asResident(ewa, () -> surveys.attach(phase, photo, "moj.pdf", pdf, null));

        // hers, it is kept in the draft and sent
        assertEquals(Form.END, (int) Staff.asResident(dorota,
                () -> surveys.forward(phase, 2, Map.of(photo, Answer.attached(plan.id())))));
        assertEquals(plan.id(),
                Staff.asResident(dorota, () -> surveys.survey(phase).orElseThrow()).answers().get(photo).attachment());
        Staff.asResident(dorota, () -> {
            surveys.send(phase);
            return null;
        });

        // paper carries no file: the required question is not asked there, nor is it a column of an import
        Staff.as(Staff.CLERK, () -> polls.enter(phase,
                new PaperAnswers(ResponseChannel.PAPER, null, null, Map.of(uses.id(), List.of(2)), Map.of(), "f-1")));
        assertFalse(Staff.as(Staff.CLERK, () -> polls.importHeader(phase)).stream()
                .anyMatch(column -> column.contains("Zdjęcie")));
        assertFalse(Staff.as(Staff.CLERK, () -> polls.paperForm(phase)).orElseThrow().questions().stream()
                .anyMatch(question -> question.id() == photo), "the keyer is not asked for a file");

        // the project's staff list the file sent, download it, and find it in the export
        FileAnswers files = Staff.as(Staff.CLERK, () -> surveys.files(phase, photo, 0, 20, SurveyFilter.NONE));
        assertEquals(1, files.total());
        assertEquals(new FileAnswers.Sent(plan, ResponseChannel.ONLINE), files.files().get(0));
        assertEquals(1, Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow()).counts().answered(photo));
        assertTrue(java.util.Arrays.equals(pdf,
                Staff.as(Staff.CLERK, () -> surveys.attachment(plan.id())).orElseThrow().file().content()));
        assertEquals(Optional.empty(), Staff.as(Staff.MODERATOR, () -> surveys.attachment(plan.id())),
                "a moderator of other projects");
        assertEquals(Optional.empty(), Staff.as(Staff.CLERK, () -> surveys.attachment(ewasOwn.id())),
                "a file in no response is its holder's alone");
        assertThrows(EJBAccessException.class, () -> Staff.asResident(ewa, () -> surveys.attachment(plan.id())));
        List<String> exported = new ArrayList<>();
        Staff.as(Staff.CLERK, () -> {
            surveys.eachResponse(phase, response -> {
                Long id = response.answers().getOrDefault(photo, Answer.NONE).attachment();
                exported.add(id == null ? "-" : response.fileNames().get(id));
            });
            return null;
        });
        assertEquals(List.of("plan skweru.pdf", "-"), exported);

        // the nightly purge forgets a file no response holds once its resident keeps no draft; a sent one stays
        attachments.purgeBefore(java.time.Instant.now().plusSeconds(1));
        assertEquals(Set.of(ewasOwn.id()), Staff.asResident(ewa, () -> surveys.attachments(phase, null)).keySet(),
                "Ewa's draft keeps it");
        Staff.asResident(ewa, () -> {
            surveys.discard(phase);
            return null;
        });
        assertTrue(attachments.purgeBefore(java.time.Instant.now().plusSeconds(1)) >= 1);
        assertEquals(Map.of(), Staff.asResident(ewa, () -> surveys.attachments(phase, null)));
        assertTrue(Staff.as(Staff.CLERK, () -> surveys.attachment(plan.id())).isPresent());

        // Dorota deletes her account: her file goes with it, the rest of her response stays
        Staff.asResident(dorota, () -> {
            residents.deleteMyAccount();
            return null;
        });
        assertEquals(Optional.empty(), Staff.as(Staff.CLERK, () -> surveys.attachment(plan.id())));
        assertEquals(0, Staff.as(Staff.CLERK, () -> surveys.files(phase, photo, 0, 20, SurveyFilter.NONE)).total());
        assertEquals(2, Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow()).counts().responses());
    }
}
