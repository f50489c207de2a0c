package pl.wiec.system.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
import pl.wiec.surveys.boundary.PollResults;
import pl.wiec.surveys.boundary.ImportProgress;
import pl.wiec.surveys.boundary.Polls;
import pl.wiec.surveys.entity.ImportJob;
import pl.wiec.surveys.control.PollMethod;
import pl.wiec.surveys.entity.QuestionKind;
import pl.wiec.surveys.entity.QuestionPlan;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * The benchmark of paper answers and results, not a test (it asserts only that every row counted, never a time). A poll
 * of {@value #QUESTIONS} questions (single choices of 4 options, multiple choices of 5 up to 3) gets {@value #FILES}
 * spreadsheets of {@value #ROWS} random paper forms each, imported one after another through the boundary (parse, check
 * every row, store all in one transaction) in the background, as the page does, its progress asked for every 250 ms:
 * 50,000 responses. Then the results are counted through the boundary and the results page (with the split by channel)
 * and its CSV are fetched over HTTP as a clerk: {@value #WARM_UP} warm-up rounds, {@value #MEASURED} measured, one
 * request at a time.
 * <p>
 * Run: {@code mvn -B verify -pl system-tests -am -Pbenchmark -Dit.test=PollBenchmark -DskipUTs} (add
 * {@code -Ppostgresql} for PostgreSQL). The table is printed and written to
 * {@code system-tests/target/benchmark-polls.md}.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class PollBenchmark {

    private static final int QUESTIONS = 30;
    private static final int FILES = 5;
    private static final int ROWS = 10_000;
    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;
    private static final String[] CHANNELS = { "papier", "punkt konsultacyjny", "wydarzenie", "poczta" };

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.wiecWith(PollBenchmark.class, Measured.class);
    }

    @Inject
    Polls polls;

    @Inject
    Projects projects;

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Test
    void importFiftyThousandPaperFormsAndReadTheResults() throws Exception {
        long project = TestProjects.create(projects, "Sonda na 30 pytań", Visibility.PUBLISHED, today -> List
                .of(TestProjects.phase(today, PollMethod.KEY).withRule(Action.ANSWER, ActionRule.anyoneSignedIn())));
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        for (int q = 1; q <= QUESTIONS; q++) {
            boolean single = q % 2 == 1;
            List<LocalizedText> options = new ArrayList<>();
            for (int o = 1; o <= (single ? 4 : 5); o++) {
                options.add(LocalizedText.polish("Odpowiedź " + o));
            }
            QuestionPlan plan = new QuestionPlan(LocalizedText.polish("Pytanie " + q),
                    single ? QuestionKind.SINGLE_CHOICE : QuestionKind.MULTIPLE_CHOICE, single, single ? null : 3,
                    options);
            Staff.as(Staff.CLERK, () -> polls.addQuestion(phase, plan));
        }

        StringBuilder table = new StringBuilder(
                "| step | size | median ms | p90 ms | max ms |\n|---|---|---:|---:|---:|\n");
        Random random = new Random(42);
        long[] imports = new long[FILES];
        StringBuilder steps = new StringBuilder();
        for (int f = 0; f < FILES; f++) {
            byte[] file = spreadsheet(random, f);
            long start = System.nanoTime();
            // as the page does: start the job, then ask how far it is every 250 ms until it ends
            String name = "ankiety-" + f + ".csv";
            long job = Staff.as(Staff.CLERK, () -> polls.startImport(phase, name, file));
            ImportProgress progress;
            java.util.List<String> seen = new java.util.ArrayList<>();
            do {
                Thread.sleep(250);
                progress = Staff.as(Staff.CLERK, () -> polls.importProgress(job)).orElseThrow();
                String step = Measured.ms(System.nanoTime() - start) + " ms " + progress.step() + " " + progress.done()
                        + "/" + progress.total();
                if (seen.isEmpty() || !seen.get(seen.size() - 1)
                        .endsWith(progress.step() + " " + progress.done() + "/" + progress.total())) {
                    seen.add(step);
                }
            } while (!progress.finished());
            imports[f] = System.nanoTime() - start;
            assertEquals(ImportJob.Stage.DONE, progress.stage());
            assertEquals(ROWS, progress.imported());
            if (f == 0) {
                steps.append(String.join("; ", seen));
            }
        }
        String eachImport = Measured.ms(imports[0]) + " ms first, then "
                + java.util.Arrays.stream(imports).skip(1).mapToObj(Measured::ms).toList()
                + " ms (from the start to the outcome read, in the background, as the page follows it). Progress seen"
                + " of the first import (time, step, rows): " + steps;
        table.append(Measured.row("import of a spreadsheet (" + ROWS + " rows, " + QUESTIONS + " questions)",
                FILES + " files", imports.clone()));

        PollResults results = Staff.as(Staff.CLERK, () -> polls.results(phase));
        assertEquals((long) FILES * ROWS, results.responses());
        WebClient clerk = WebClient.staff(Staff.CLERK);
        String page = "/backoffice/poll.xhtml?phase=" + phase;
        String csv = "/backoffice/poll.csv?phase=" + phase;
        for (int i = 0; i < WARM_UP; i++) {
            Staff.as(Staff.CLERK, () -> polls.results(phase));
            fetch(clerk, page, "poll-result-30");
            fetch(clerk, csv, "odpowiedzi ogółem");
        }
        long[] counting = new long[MEASURED];
        long[] pages = new long[MEASURED];
        long[] exports = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            Staff.as(Staff.CLERK, () -> polls.results(phase));
            counting[i] = System.nanoTime() - start;
            pages[i] = fetch(clerk, page, "poll-result-30");
            exports[i] = fetch(clerk, csv, "odpowiedzi ogółem");
        }
        String size = FILES * ROWS + " responses";
        table.append(Measured.row("results counted (Polls.results)", size, counting));
        table.append(Measured.row("results page with the split by channel (HTTP, clerk)", size, pages));
        table.append(Measured.row("results as CSV (HTTP, clerk)", size, exports));
        Measured.report("benchmark-polls.md", Measured.heading("Wiec polls: paper imports and results", dataSource)
                + "\n\nImports one by one: " + eachImport + ".\n\n" + table);
    }

    /** {@value #ROWS} random filled forms: channel, place, then per question the options marked. */
    private static byte[] spreadsheet(Random random, int file) {
        StringBuilder csv = new StringBuilder("kanał;miejsce");
        for (int q = 1; q <= QUESTIONS; q++) {
            csv.append(";P").append(q);
        }
        csv.append("\r\n");
        for (int r = 0; r < ROWS; r++) {
            csv.append(CHANNELS[random.nextInt(CHANNELS.length)]).append(";Punkt ").append(file).append('-')
                    .append(r % 20);
            for (int q = 1; q <= QUESTIONS; q++) {
                csv.append(';');
                if (q % 2 == 1) {
                    csv.append(1 + random.nextInt(4));
                } else if (random.nextBoolean()) {
                    int first = 1 + random.nextInt(3);
                    csv.append(first).append(' ').append(first + 1 + random.nextInt(5 - first));
                }
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
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
