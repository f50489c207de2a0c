package pl.wiec.surveys.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import pl.wiec.offline.entity.ResponseChannel;
import pl.wiec.projects.entity.LocalizedText;

/**
 * A survey's pages and skip logic: which pages the answers lead through, what counts of what was answered, the rules of
 * each kind of value, and a draft's answers kept as they were.
 */
class SurveyFormTest {

    private final AtomicLong ids = new AtomicLong(100);

    private static LocalizedText pl(String text) {
        return LocalizedText.polish(text);
    }

    /** Gives the question and its options ids, as the database would. */
    private Question saved(Question question) throws Exception {
        identify(question, Question.class);
        for (AnswerOption option : question.options()) {
            identify(option, AnswerOption.class);
        }
        return question;
    }

    private void identify(Object entity, Class<?> type) throws Exception {
        Field id = type.getDeclaredField("id");
        id.setAccessible(true);
        id.set(entity, ids.incrementAndGet());
    }

    private static QuestionPlan value(String title, QuestionKind kind, boolean required, boolean startsPage) {
        return new QuestionPlan(pl(title), kind, required, null, List.of(), startsPage, null, null, null, List.of());
    }

    /** Page 0: uses (yes / no / later); page 1: where (point, required); page 2: age (0–120); page 3: remarks. */
    private Form survey() throws Exception {
        Form form = new Form(1, 2);
        Question uses = saved(form.add(new QuestionPlan(pl("Korzystasz?"), QuestionKind.SINGLE_CHOICE, true, null,
                List.of(pl("Tak"), pl("Nie"), pl("Wolę nie mówić")))));
        saved(form.add(value("Gdzie?", QuestionKind.POINT, true, true)));
        Question age = saved(form.add(new QuestionPlan(pl("Wiek"), QuestionKind.NUMBER, false, null, List.of(), true,
                pl("O Tobie"), BigDecimal.ZERO, new BigDecimal("120"), List.of())));
        saved(form.add(value("Uwagi", QuestionKind.SHORT_TEXT, false, true)));
        uses.revise(new QuestionPlan(pl("Korzystasz?"), QuestionKind.SINGLE_CHOICE, true, null,
                List.of(pl("Tak"), pl("Nie"), pl("Wolę nie mówić")), false, null, null, null,
                List.of(QuestionPlan.Skip.NEXT, new QuestionPlan.Skip(age.id(), false), QuestionPlan.Skip.END)));
        return form;
    }

    private static Map<Long, Answer> chose(Form form, int option) {
        Question first = form.questions().get(0);
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(first.id(), Answer.chose(Set.of(first.options().get(option).id())));
        return answers;
    }

    @Test
    void theAnswersLeadThroughThePagesTheSkipsChoose() throws Exception {
        Form form = survey();
        assertEquals(4, form.pages().size());
        assertEquals("O Tobie", form.pages().get(2).get(0).pageTitle().pl());
        assertEquals(List.of(0, 1, 2, 3), form.path(chose(form, 0)), "yes: every page");
        assertEquals(List.of(0, 2, 3), form.path(chose(form, 1)), "no: past the place");
        assertEquals(List.of(0), form.path(chose(form, 2)), "rather not say: the end");
        assertEquals(Form.END, form.next(0, chose(form, 2)));
        assertEquals(List.of(0, 1, 2, 3), form.path(Map.of()), "nothing chosen yet: the next page");
    }

    @Test
    void whatASkipPassedByNeitherCountsNorIsRequired() throws Exception {
        Form form = survey();
        long place = form.questions().get(1).id();
        Map<Long, Answer> no = chose(form, 1);
        no.put(place, Answer.point(53.84, 22.98));
        assertTrue(form.checkAnswers(chose(form, 1)).isEmpty(), "the required place is on a page not asked");
        assertEquals(Set.of(form.questions().get(0).id()), form.onPath(no).keySet(), "the place does not count");
        assertEquals(Map.of(place, AnswerProblem.REQUIRED), form.checkAnswers(chose(form, 0)));
    }

    @Test
    void eachKindOfValueHasItsRules() throws Exception {
        Form form = survey();
        Question place = form.questions().get(1);
        Question age = form.questions().get(2);
        Question remarks = form.questions().get(3);
        assertEquals(AnswerProblem.OUTSIDE_MAP, place.problem(Answer.point(52.52, 13.40)).orElseThrow(), "Berlin");
        assertTrue(place.problem(Answer.point(54.35, 18.65)).isEmpty(), "Gdańsk");
        assertEquals(AnswerProblem.ABOVE_MAX, age.problem(Answer.number(new BigDecimal("121"))).orElseThrow());
        assertEquals(AnswerProblem.BELOW_MIN, age.problem(Answer.number(new BigDecimal("-1"))).orElseThrow());
        assertTrue(age.problem(Answer.number(new BigDecimal("120"))).isEmpty());
        assertEquals(AnswerProblem.UNKNOWN, age.problem(Answer.text("sto")).orElseThrow(), "a text for a number");
        assertEquals(AnswerProblem.TOO_LONG, remarks.problem(Answer.text("x".repeat(301))).orElseThrow());
        assertTrue(remarks.problem(Answer.text("x".repeat(300))).isEmpty());
        assertEquals(AnswerProblem.UNKNOWN, remarks.problem(Answer.chose(Set.of(1L))).orElseThrow(),
                "options for a text");
        Question area = saved(new Form(1, 4).add(value("Gdzie?", QuestionKind.AREA, false, false)));
        assertEquals(AnswerProblem.SHAPE,
                area.problem(Answer.shape(List.of(new Coordinate(53.84, 22.98), new Coordinate(53.85, 22.99))))
                        .orElseThrow(),
                "an area of two points");
        assertTrue(area.problem(Answer.shape(
                List.of(new Coordinate(53.84, 22.98), new Coordinate(53.85, 22.99), new Coordinate(53.84, 22.99))))
                .isEmpty());
        assertEquals(AnswerProblem.OUTSIDE_MAP, area.problem(Answer.shape(
                List.of(new Coordinate(53.84, 22.98), new Coordinate(52.52, 13.40), new Coordinate(53.84, 22.99))))
                .orElseThrow(), "through Berlin");
        Question date = saved(new Form(1, 3).add(value("Kiedy?", QuestionKind.DATE, false, false)));
        assertEquals(AnswerProblem.DATE_RANGE, date.problem(Answer.date(LocalDate.of(1899, 12, 31))).orElseThrow());
        assertTrue(date.problem(Answer.date(LocalDate.of(2026, 6, 15))).isEmpty());
    }

    @Test
    void whoChoosesOtherMaySayWhatAndNobodyElseWritesText() throws Exception {
        Question needs = saved(new Form(1, 5).add(new QuestionPlan(pl("Czego brakuje?"), QuestionKind.MULTIPLE_CHOICE,
                false, null, List.of(pl("Ławek"), pl("Inne")), false, null, null, null, List.of(), true)));
        long benches = needs.options().get(0).id();
        long other = needs.options().get(1).id();
        assertTrue(needs.options().get(1).other());
        assertTrue(needs.problem(new Answer(Set.of(benches, other), "Fontanny", null, null, null, null)).isEmpty());
        assertEquals(AnswerProblem.UNKNOWN,
                needs.problem(new Answer(Set.of(benches), "Fontanny", null, null, null, null)).orElseThrow(),
                "text without choosing other");
        assertEquals(AnswerProblem.TOO_LONG,
                needs.problem(new Answer(Set.of(other), "x".repeat(301), null, null, null, null)).orElseThrow());
        assertTrue(needs.plan().otherLast(), "the plan says so, to edit");
        assertEquals(QuestionPlan.Problem.OTHER, new QuestionPlan(pl("Wiek"), QuestionKind.NUMBER, false, null,
                List.of(), false, null, null, null, List.of(), true).problem(true));
    }

    @Test
    void aPlanSaysWhatIsWrongForItsKind() {
        assertEquals(QuestionPlan.Problem.KIND, value("Wiek", QuestionKind.NUMBER, false, false).problem(false),
                "polls ask only choices");
        assertNull(value("Wiek", QuestionKind.NUMBER, false, false).problem(true));
        assertEquals(QuestionPlan.Problem.OPTION_COUNT,
                new QuestionPlan(pl("Uwagi"), QuestionKind.SHORT_TEXT, false, null, List.of(pl("A"), pl("B")))
                        .problem(true),
                "a text has no options");
        assertEquals(QuestionPlan.Problem.BOUNDS, new QuestionPlan(pl("Wiek"), QuestionKind.NUMBER, false, null,
                List.of(), false, null, BigDecimal.TEN, BigDecimal.ONE, List.of()).problem(true));
        assertEquals(QuestionPlan.Problem.SKIP,
                new QuestionPlan(pl("Który?"), QuestionKind.MULTIPLE_CHOICE, false, null, List.of(pl("A"), pl("B")),
                        false, null, null, null, List.of(QuestionPlan.Skip.END)).problem(true),
                "skips follow a single choice only");
    }

    @Test
    void aSurveysQuestionIsExplainedUnderItsTitleInPolishAndPollsStayShort() throws Exception {
        QuestionPlan explained = value("Gdzie brakuje drzew?", QuestionKind.POINT, false, true)
                .describedAs(new LocalizedText("Plan pokazuje obecne nasadzenia.\nZaznacz jedno miejsce.", null));
        assertNull(explained.problem(true));
        Question saved = saved(new Form(1, 5).add(explained));
        assertEquals("Plan pokazuje obecne nasadzenia.\nZaznacz jedno miejsce.", saved.description().pl());
        assertEquals(explained.description(), saved.plan().description(), "the plan says so, to edit");
        assertNull(value("Wiek", QuestionKind.NUMBER, false, false).describedAs(new LocalizedText(" ", null))
                .description(), "nothing written explains nothing");
        assertEquals(QuestionPlan.Problem.DESCRIPTION, value("Wiek", QuestionKind.NUMBER, false, false)
                .describedAs(new LocalizedText(null, "Age")).problem(true), "English alone");
        assertEquals(QuestionPlan.Problem.DESCRIPTION, value("Wiek", QuestionKind.NUMBER, false, false)
                .describedAs(pl("x".repeat(QuestionPlan.DESCRIPTION_LENGTH + 1))).problem(true));
        assertEquals(QuestionPlan.Problem.DESCRIPTION,
                new QuestionPlan(pl("Który?"), QuestionKind.SINGLE_CHOICE, false, null, List.of(pl("A"), pl("B")))
                        .describedAs(pl("Wyjaśnienie")).problem(false),
                "a poll's question is short");
        saved.revise(saved.plan().describedAs(null));
        assertNull(saved.description(), "taken away");
    }

    @Test
    void aRankingPutsEveryOptionInItsOwnPlaceOnScreenAndOnPaperAndKeepsTheOrder() throws Exception {
        Form form = new Form(1, 6);
        Question first = saved(form.add(new QuestionPlan(pl("Co najpierw?"), QuestionKind.RANKING, true, null,
                List.of(pl("Ławki"), pl("Lampy"), pl("Kosze")), false, null, null, null, List.of())));
        identify(form, Form.class);
        long benches = first.options().get(0).id();
        long lamps = first.options().get(1).id();
        long bins = first.options().get(2).id();
        Answer ranked = Answer.ranked(List.of(lamps, bins, benches));
        assertTrue(first.problem(ranked).isEmpty());
        assertEquals(List.of(lamps, bins, benches), List.copyOf(ranked.options()), "the order is the answer");
        assertEquals(AnswerProblem.RANKING, first.problem(Answer.ranked(List.of(lamps, bins))).orElseThrow(),
                "an option left without a place");
        assertEquals(AnswerProblem.REQUIRED, first.problem(Answer.NONE).orElseThrow());
        // on paper, the places written beside the options, from the first option down: benches 3, lamps 1, bins 2
        assertEquals(List.of(lamps, bins, benches), first.optionsPlaced(List.of(3, 1, 2)).orElseThrow());
        assertTrue(first.optionsPlaced(List.of(1, 1, 2)).isEmpty(), "a place given twice");
        assertTrue(first.optionsPlaced(List.of(1, 2)).isEmpty(), "an option without its place");
        assertTrue(first.optionsPlaced(List.of(1, 2, 4)).isEmpty(), "no fourth place among three");
        Map<Long, Answer> read = new LinkedHashMap<>();
        assertTrue(form.checkPaper(Map.of(first.id(), List.of(3, 1, 2)), Map.of(), read).isEmpty());
        assertEquals(List.of(lamps, bins, benches), List.copyOf(read.get(first.id()).options()));
        assertEquals(Map.of(first.id(), AnswerProblem.RANKING),
                form.checkPaper(Map.of(first.id(), List.of(2, 2, 1)), Map.of(), new LinkedHashMap<>()));
        // kept in a draft and stored in a response, it comes back in its order, each option with its place
        assertEquals(List.of(lamps, bins, benches),
                List.copyOf(Draft.read(Draft.write(Map.of(first.id(), ranked))).get(first.id()).options()));
        Response response = new Response(form.id(), 7L, ResponseChannel.ONLINE, java.time.Instant.EPOCH);
        response.give(form, Map.of(first.id(), ranked));
        assertEquals(List.of(3, 1, 2), first.options().stream().map(option -> response.selections().stream()
                .filter(s -> s.optionId() == option.id()).findFirst().orElseThrow().rank()).toList());
        assertEquals(List.of(lamps, bins, benches), List.copyOf(response.answers().get(first.id()).options()));
        assertEquals(QuestionPlan.Problem.KIND,
                new QuestionPlan(pl("Co najpierw?"), QuestionKind.RANKING, false, null, List.of(pl("A"), pl("B")))
                        .problem(false),
                "polls do not rank");
        assertEquals(QuestionPlan.Problem.OPTION_COUNT,
                new QuestionPlan(pl("Co najpierw?"), QuestionKind.RANKING, false, null,
                        java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> pl("Opcja " + i)).toList())
                                .problem(true),
                "ten options at most");
    }

    @Test
    void aFileQuestionHoldsOneAttachedFileOnlineAndIsNeverRequiredOnPaper() throws Exception {
        Form form = new Form(1, 8);
        Question name = saved(form.add(value("Nazwa", QuestionKind.SHORT_TEXT, false, false)));
        Question photo = saved(form.add(value("Zdjęcie miejsca", QuestionKind.FILE, true, false)));
        identify(form, Form.class);
        assertEquals(AnswerProblem.REQUIRED, photo.problem(Answer.NONE).orElseThrow());
        assertTrue(photo.problem(Answer.attached(77L)).isEmpty());
        assertEquals(AnswerProblem.UNKNOWN, photo.problem(Answer.text("zdjęcie.jpg")).orElseThrow(),
                "a file question is answered with a file, not words");
        assertEquals(AnswerProblem.UNKNOWN, name.problem(Answer.attached(77L)).orElseThrow(),
                "nor is any other question answered with a file");
        // stored in a response, the answer keeps its file
        Response response = new Response(form.id(), 7L, ResponseChannel.ONLINE, java.time.Instant.EPOCH);
        response.give(form, Map.of(photo.id(), Answer.attached(77L)));
        assertEquals(77L, response.answers().get(photo.id()).attachment());
        // paper carries no file: the required file question is not required there, and writing in it is refused
        Map<Long, Answer> keyed = new LinkedHashMap<>();
        assertTrue(form.checkPaper(Map.of(), Map.of(name.id(), "Skwer"), keyed).isEmpty());
        assertEquals(Map.of(photo.id(), AnswerProblem.UNKNOWN),
                form.checkPaper(Map.of(), Map.of(name.id(), "Skwer", photo.id(), "w załączniku"), keyed));
        assertTrue(QuestionKind.FILE.onPaper() == false && !QuestionKind.FILE.inPolls());
        assertEquals(QuestionPlan.Problem.OPTION_COUNT, new QuestionPlan(pl("Zdjęcie"), QuestionKind.FILE, false, null,
                List.of(pl("A"), pl("B")), false, null, null, null, List.of()).problem(true));
    }

    @Test
    void anAttachedFileIsADocumentOrAPictureKeptWithoutItsMetadataAndHeldByWhoAttachedIt() throws Exception {
        Form form = new Form(1, 9);
        Question photo = saved(form.add(value("Zdjęcie", QuestionKind.FILE, false, false)));
        identify(form, Form.class);
        assertEquals(AnswerProblem.FILE_SIZE, Attachment.problem("pusty.pdf", new byte[0]));
        assertEquals(AnswerProblem.FILE_SIZE, Attachment.problem("duzy.pdf", new byte[Attachment.MAX_BYTES + 1]));
        assertEquals(AnswerProblem.FILE_TYPE,
                Attachment.problem("strona.html", "<html><script>alert(1)</script>".getBytes()));
        assertEquals(AnswerProblem.FILE_TYPE, Attachment.problem("rysunek.svg", "<svg/>".getBytes()));
        byte[] pdf = "%PDF-1.4\n%mini\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertNull(Attachment.problem("plan.pdf", pdf));
        Attachment mine = new Attachment(photo, 7L, null, "C:\\Users\\anna\\plan \"skweru\".pdf", pdf,
                java.time.Instant.EPOCH);
        assertEquals("plan _skweru_.pdf", mine.file().fileName(), "no path, nothing a download header trips on");
        assertEquals("application/pdf", mine.file().contentType());
        assertTrue(mine.heldBy(photo.id(), 7L, null));
        assertTrue(!mine.heldBy(photo.id(), 8L, null), "another resident's");
        assertTrue(!mine.heldBy(photo.id() + 1, 7L, null), "another question's");
        assertTrue(!mine.heldBy(photo.id(), null, "klucz"), "not an anonymous session's");
        Attachment anonymous = new Attachment(photo, null, "klucz-sesji", "skan.pdf", pdf, java.time.Instant.EPOCH);
        assertTrue(anonymous.heldBy(photo.id(), null, "klucz-sesji"));
        assertTrue(!anonymous.heldBy(photo.id(), null, "inny-klucz"));
        // a JPEG with a comment (as a camera writes its metadata) is stored without it
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] comment = "GPS 53.84 22.98".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream tagged = new java.io.ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2) });
        tagged.write(comment);
        tagged.write(plain, 2, plain.length - 2);
        Attachment picture = new Attachment(photo, 7L, null, "zdjecie.jpg", tagged.toByteArray(),
                java.time.Instant.EPOCH);
        assertEquals("image/jpeg", picture.file().contentType());
        assertTrue(!new String(picture.file().content(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("GPS 53.84"), "the comment is gone");
        assertThrows(IllegalArgumentException.class,
                () -> new Attachment(photo, 7L, null, "zepsute.jpg",
                        new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 }, java.time.Instant.EPOCH),
                "a picture that cannot be read is not kept");
    }

    @Test
    void aDraftKeepsEveryKindOfAnswerAsItWas() {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        answers.put(1L, Answer.chose(Set.of(5L, 6L)));
        answers.put(2L, Answer.text("Ławki \"przy\" stawie\ni lampy"));
        answers.put(3L, Answer.number(new BigDecimal("2.5")));
        answers.put(4L, Answer.date(LocalDate.of(2026, 6, 15)));
        answers.put(5L, Answer.point(53.843612, 22.979934));
        answers.put(6L, Answer.shape(List.of(new Coordinate(53.84, 22.98), new Coordinate(53.85, 22.99))));
        answers.put(7L, Answer.attached(4242L));
        assertEquals(answers, Draft.read(Draft.write(answers)));
        Draft draft = new Draft(1, 2);
        draft.keep(answers, 1, java.time.Instant.EPOCH);
        draft.keep(Map.of(2L, Answer.NONE, 3L, Answer.number(BigDecimal.ONE)), 2, java.time.Instant.EPOCH);
        assertEquals(Set.of(1L, 3L, 4L, 5L, 6L, 7L), draft.answers().keySet(), "an answer emptied is forgotten");
        assertEquals(BigDecimal.ONE, draft.answers().get(3L).number());
        assertEquals(2, draft.page());
    }
}
