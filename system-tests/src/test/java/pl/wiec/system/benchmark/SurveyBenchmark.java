package pl.wiec.system.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
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
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.surveys.boundary.PollQuestion;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.boundary.SurveyResults;
import pl.wiec.surveys.boundary.Surveys;
import pl.wiec.surveys.control.SurveyMethod;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * The benchmark of a survey's results, not a test (it asserts only that every response counted, never a time). A
 * geo-survey of {@value #QUESTIONS} questions over three pages (12 single choices of 4 options, 6 multiple choices of
 * 5, 4 scales of 5 points, 3 numbers, 2 short and 2 long texts, 1 point on the map) gets {@value #RESPONSES} random
 * responses, written straight into its tables with JDBC batches (the benchmark measures reading; writing answers is
 * measured by {@link PollBenchmark}), then vacuumed and analysed as autovacuum would. Then, as a clerk, one request at
 * a time, {@value #WARM_UP} warm-up rounds and {@value #MEASURED} measured: the results counted through the boundary,
 * the results page over HTTP (every question's summary, the newest text answers, the map's points) and the export of
 * every response as CSV over HTTP, during which the time to its first row is taken and, halfway through the rows, the
 * heap's live size (after a collection) is compared with its size before the request: what the export holds, not what
 * it has already let go.
 * <p>
 * Run: {@code mvn -B verify -pl system-tests -am -Pbenchmark -Dit.test=SurveyBenchmark -DskipUTs} (add
 * {@code -Ppostgresql} for PostgreSQL). The table is printed and written to
 * {@code system-tests/target/benchmark-surveys.md}.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class SurveyBenchmark {

    private static final int QUESTIONS = 30;
    private static final int RESPONSES = 50_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;
    private static final String[] CHANNELS = { "ONLINE", "ONLINE", "ONLINE", "PAPER", "CONSULTATION_POINT" };
    private static final String[] WORDS = { "ławki", "lampy", "zieleń", "ścieżka", "rowery", "plac", "zabaw", "cień",
            "woda", "kosze", "parking", "drzewa", "toaleta", "hałas", "bezpieczeństwo" };

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(SurveyBenchmark.class, Measured.class);
    }

    @Inject
    Polls polls;

    @Inject
    Surveys surveys;

    @Inject
    Projects projects;

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Test
    void readTheResultsOfFiftyThousandResponsesToThirtyQuestions() throws Exception {
        long project = TestProjects.create(projects, "Ankieta na 30 pytań", Visibility.PUBLISHED, today -> List
                .of(TestProjects.phase(today, SurveyMethod.KEY).withRule(Action.ANSWER, ActionRule.anyoneSignedIn())));
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        for (int q = 1; q <= QUESTIONS; q++) {
            QuestionKind kind = kind(q);
            List<LocalizedText> options = new ArrayList<>();
            int count = kind == QuestionKind.SINGLE_CHOICE ? 4 : kind.isChoice() ? 5 : 0;
            for (int o = 1; o <= count; o++) {
                options.add(LocalizedText.polish(kind == QuestionKind.SCALE ? String.valueOf(o) : "Odpowiedź " + o));
            }
            QuestionPlan plan = new QuestionPlan(LocalizedText.polish("Pytanie " + q), kind, false,
                    kind == QuestionKind.MULTIPLE_CHOICE ? 3 : null, options, q == 11 || q == 21, null, null, null,
                    List.of());
            Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, plan));
        }
        List<PollQuestion> questions = Staff.as(Staff.CLERK, () -> surveys.questions(phase).orElseThrow());
        long started = System.nanoTime();
        fill(phase, questions);
        String filling = Measured.ms(System.nanoTime() - started);
        settle();

        SurveyResults results = Staff.as(Staff.CLERK, () -> surveys.results(phase).orElseThrow());
        assertEquals(RESPONSES, results.counts().responses());
        WebClient clerk = WebClient.staff(Staff.CLERK);
        String page = "/backoffice/survey-results.xhtml?phase=" + phase;
        String csv = "/backoffice/survey.csv?phase=" + phase;
        for (int i = 0; i < WARM_UP; i++) {
            Staff.as(Staff.CLERK, () -> surveys.results(phase));
            fetch(clerk, page, "result-30");
            fetch(clerk, csv, "P30 Pytanie 30");
        }
        long[] counting = new long[MEASURED];
        long[] pages = new long[MEASURED];
        long[] exports = new long[MEASURED];
        long[] heap = new long[MEASURED];
        long[] firstRows = new long[MEASURED];
        int csvBytes = 0;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            Staff.as(Staff.CLERK, () -> surveys.results(phase));
            counting[i] = System.nanoTime() - start;
            pages[i] = fetch(clerk, page, "result-30");
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong during = new AtomicLong();
            AtomicLong firstRow = new AtomicLong();
            start = System.nanoTime();
            long begun = start;
            HttpResponse<java.util.stream.Stream<String>> export = clerk.getLines(TestServer.url(csv));
            AtomicLong lines = new AtomicLong();
            AtomicLong chars = new AtomicLong();
            try (var body = export.body()) {
                body.forEach(line -> {
                    long read = lines.incrementAndGet();
                    chars.addAndGet(line.length() + 2);
                    if (read == 2) {
                        firstRow.set(System.nanoTime() - begun);
                    }
                    if (read == RESPONSES / 2) {
                        // halfway through: what the export holds live (a collection first, so garbage does not count)
                        System.gc();
                        during.set(memory.getHeapMemoryUsage().getUsed());
                    }
                });
            }
            exports[i] = System.nanoTime() - start;
            firstRows[i] = firstRow.get();
            heap[i] = Math.max(0, during.get() - before) * 1_000_000L / (1024 * 1024); // the "ms" columns show MB
            assertEquals(200, export.statusCode());
            assertEquals(RESPONSES + 1, lines.get(), "a row per response and the header");
            csvBytes = (int) chars.get();
        }
        String size = RESPONSES + " responses";
        StringBuilder table = new StringBuilder(
                "| step | size | median ms | p90 ms | max ms |\n|---|---|---:|---:|---:|\n");
        table.append(Measured.row("results counted (Surveys.results)", size, counting));
        table.append(Measured.row("results page: 30 summaries, texts, map (HTTP, clerk)", size, pages));
        table.append(Measured.row("every response as CSV, streamed (HTTP, clerk)", size, exports));
        table.append(Measured.row("— its first row arrives after", size, firstRows));
        table.append(Measured.row("— live heap halfway through, above the level before, MB (not ms)", size, heap));
        Measured.report("benchmark-surveys.md",
                Measured.heading("Wiec surveys: results and export", dataSource) + "\n\n" + RESPONSES
                        + " responses written by JDBC in " + filling + " ms; the CSV is " + csvBytes / 1024 + " KB.\n\n"
                        + table);
    }

    /** 12 single choices, 6 multiple, 4 scales, 3 numbers, 2 short texts, 2 long texts, 1 point, interleaved. */
    private static QuestionKind kind(int q) {
        return switch (q) {
        case 5, 15, 25 -> QuestionKind.NUMBER;
        case 8, 18 -> QuestionKind.SHORT_TEXT;
        case 9, 29 -> QuestionKind.LONG_TEXT;
        case 12 -> QuestionKind.POINT;
        case 3, 13, 23, 27 -> QuestionKind.SCALE;
        case 2, 6, 14, 20, 24, 28 -> QuestionKind.MULTIPLE_CHOICE;
        default -> QuestionKind.SINGLE_CHOICE;
        };
    }

    /** {@value #RESPONSES} random responses, in batches of a thousand, every question answered. */
    private void fill(long phase, List<PollQuestion> questions) throws Exception {
        long form;
        try (Connection connection = dataSource.getConnection();
                var find = connection.prepareStatement("select id from survey_form where phase_id = ?")) {
            find.setLong(1, phase);
            try (var row = find.executeQuery()) {
                row.next();
                form = row.getLong(1);
            }
        }
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement response = connection.prepareStatement("insert into survey_response (id, form_id,"
                        + " channel, submitted_at, place) values (?, ?, ?, ?, ?)");
                PreparedStatement selection = connection.prepareStatement("insert into survey_selection (response_id,"
                        + " question_id, option_id, form_id, channel, respondent_count) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement value = connection.prepareStatement("insert into survey_value (response_id,"
                        + " question_id, form_id, channel, text_value, number_value, latitude, longitude)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int r = 0; r < RESPONSES; r++) {
                long id = 50_000_000L + r;
                String channel = CHANNELS[random.nextInt(CHANNELS.length)];
                response.setLong(1, id);
                response.setLong(2, form);
                response.setString(3, channel);
                response.setTimestamp(4, now);
                response.setString(5, "ONLINE".equals(channel) ? null : "Punkt " + r % 7);
                response.addBatch();
                for (PollQuestion question : questions) {
                    if (question.isChoice()) {
                        int first = random.nextInt(question.options().size());
                        int count = question.isMultiple() ? 1 + random.nextInt(3) : 1;
                        for (int o = 0; o < count && first + o < question.options().size(); o++) {
                            selection.setLong(1, id);
                            selection.setLong(2, question.id());
                            selection.setLong(3, question.options().get(first + o).id());
                            selection.setLong(4, form);
                            selection.setString(5, channel);
                            selection.setInt(6, o == 0 ? 1 : 0);
                            selection.addBatch();
                        }
                        continue;
                    }
                    value.setLong(1, id);
                    value.setLong(2, question.id());
                    value.setLong(3, form);
                    value.setString(4, channel);
                    boolean text = question.kind() == QuestionKind.SHORT_TEXT
                            || question.kind() == QuestionKind.LONG_TEXT;
                    value.setString(5,
                            text ? sentence(random, question.kind() == QuestionKind.LONG_TEXT ? 25 : 4) : null);
                    value.setBigDecimal(6, question.kind() == QuestionKind.NUMBER
                            ? BigDecimal.valueOf(random.nextInt(100_000), 2) : null);
                    boolean point = question.kind() == QuestionKind.POINT;
                    value.setObject(7, point ? 53.80 + random.nextDouble() * 0.08 : null, java.sql.Types.DOUBLE);
                    value.setObject(8, point ? 22.93 + random.nextDouble() * 0.10 : null, java.sql.Types.DOUBLE);
                    value.addBatch();
                }
                if (r % 1000 == 999) {
                    response.executeBatch();
                    selection.executeBatch();
                    value.executeBatch();
                }
            }
        }
    }

    /**
     * Brings the planner's statistics and PostgreSQL's visibility map up to date after the bulk load, as autovacuum
     * does within minutes of it (answers arriving over weeks keep them current anyway); H2 analyses only.
     */
    private void settle() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            for (String table : List.of("survey_response", "survey_selection", "survey_value")) {
                statement.execute((postgres ? "vacuum analyze " : "analyze table ") + table);
            }
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static long fetch(WebClient client, String path, String content) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.get(TestServer.url(path));
        long took = System.nanoTime() - start;
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.body().contains(content), path + " shows its content");
        return took;
    }
}
