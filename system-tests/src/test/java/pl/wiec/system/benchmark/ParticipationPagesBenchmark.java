package pl.wiec.system.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.PhasePlan;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.residents.entity.LevelOfAssurance;
import pl.wiec.residents.entity.Resident;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestPeople;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;
import pl.wiec.system.support.WebClient;

/**
 * The benchmark, not a test (no timed assertions; only that each page answers with its content): a small
 * project (100 ideas, 1,000 comments) and a large one (10,000 ideas, 100,000 comments, 20,000 likes) are seeded
 * straight into the database, then every page is fetched through the real HTTP path in 30 warm-up rounds, and then 50
 * times measured, one request at a time. The wall time of a request is the server's render plus a loopback hop.
 *
 * <p>
 * Run: {@code mvn -B verify -pl system-tests -am -Pbenchmark} (add {@code -Ppostgresql} for PostgreSQL). The table is
 * printed and written to {@code system-tests/target/benchmark-participation.md}.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class ParticipationPagesBenchmark {

    /** Rounds over every page before anything is measured (the JIT compiles the rendering first). */
    private static final int WARM_UP = 30;
    private static final int MEASURED = 50;

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(ParticipationPagesBenchmark.class, Measured.class);
    }

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Inject
    Projects projects;

    @Inject
    Residents residents;

    @Test
    void pagesOfASmallAndALargeProject() throws Exception {
        List<Long> authors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            authors.add(Resident.idOf(
                    residents.signInNationally(TestPeople.someone(LevelOfAssurance.SUBSTANTIAL), null).principal())
                    .orElseThrow());
        }
        long[] small = seed("Mały projekt", 100, 10, 2, authors, 1_000_000_000L);
        long[] large = seed("Duży projekt", 10_000, 10, 2, authors, 2_000_000_000L);

        WebClient clerk = WebClient.staff(Staff.CLERK);
        WebClient visitor = new WebClient();
        List<Object[]> pages = new ArrayList<>();
        for (long[] project : List.of(small, large)) {
            String size = project == small ? "100 ideas, 1,000 comments" : "10,000 ideas, 100,000 comments";
            String at = "/project.xhtml?id=" + project[0];
            pages.add(new Object[] { "project page (first page of ideas, newest)", size, visitor, at });
            pages.add(new Object[] { "ideas: most discussed", size, visitor, at + "&sort=MOST_DISCUSSED" });
            pages.add(new Object[] { "ideas: most liked", size, visitor, at + "&sort=MOST_LIKED" });
            pages.add(new Object[] { "ideas: random, page 3", size, visitor, at + "&sort=RANDOM&seed=7&page=3" });
            pages.add(new Object[] { "idea page (10 comments)", size, visitor, "/idea.xhtml?id=" + project[1] });
            pages.add(new Object[] { "input manager, first page (clerk)", size, clerk,
                    "/backoffice/input.xhtml?project=" + project[0] });
        }
        for (int round = 0; round < WARM_UP; round++) {
            for (Object[] page : pages) {
                fetch((WebClient) page[2], (String) page[3]);
            }
        }
        StringBuilder table = new StringBuilder(
                "| page | project | median ms | p90 ms | max ms |\n|---|---|---:|---:|---:|\n");
        for (Object[] page : pages) {
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                nanos[i] = fetch((WebClient) page[2], (String) page[3]);
            }
            table.append(Measured.row((String) page[0], (String) page[1], nanos));
        }
        Measured.report("benchmark-participation.md",
                Measured.heading("Wiec participation pages", dataSource) + "\n\n" + table);
    }

    /** One request: its wall time in nanoseconds, after checking that the page answered with its content. */
    private static long fetch(WebClient client, String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.get(TestServer.url(path));
        long took = System.nanoTime() - start;
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.body().contains(
                path.startsWith("/backoffice") ? "ideas_data" : path.startsWith("/idea") ? "idea-body" : "idea-list"),
                path + " shows its content");
        return took;
    }

    /**
     * A published project with a running ideation phase and {@code ideas} ideas, each with {@code commentsEach}
     * comments and {@code likesEach} likes; ids from {@code base} up so that they never meet the application's
     * sequences.
     *
     * @return the project's id and the id of its first idea
     */
    private long[] seed(String title, int ideas, int commentsEach, int likesEach, List<Long> authors, long base)
            throws Exception {
        long project = TestProjects.create(projects, title, Visibility.PUBLISHED,
                today -> List.of(new PhasePlan(null, LocalizedText.polish("Pomysły"), today.minusDays(5),
                        today.plusDays(25), "ideation", Requirement.SIGNED_IN, null)));
        long phase = projects.find(project).orElseThrow().phases().get(0).id();
        Random random = new Random(42);
        String[] statuses = { "submitted", "submitted", "review", "accepted", "rejected" };
        Instant start = Instant.now().minusSeconds(86_400L * 5);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement idea = db.prepareStatement("insert into idea (id, version, project_id, phase_id,"
                    + " author_id, created_at, title, body, place, latitude, longitude, status_key, likes, comments)"
                    + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement comment = db.prepareStatement("insert into idea_comment (id, version, idea_id,"
                            + " author_id, created_at, body) values (?, 1, ?, ?, ?, ?)");
                    PreparedStatement like = db.prepareStatement(
                            "insert into reaction (idea_id, resident_id, kind, reacted_at) values (?, ?, 'LIKE', ?)")) {
                long commentId = base;
                for (int i = 0; i < ideas; i++) {
                    long id = base + i;
                    Timestamp at = Timestamp.from(start.plusSeconds(i * 30L));
                    idea.setLong(1, id);
                    idea.setLong(2, project);
                    idea.setLong(3, phase);
                    idea.setLong(4, authors.get(i % authors.size()));
                    idea.setTimestamp(5, at);
                    idea.setString(6, "Pomysł " + i + ": ławki, zieleń i oświetlenie przy ulicy " + (i % 97));
                    idea.setString(7, "Opis pomysłu " + i + ". " + "Mieszkańcy proszą o zmiany. ".repeat(8));
                    idea.setString(8, "ul. Przykładowa " + (i % 120));
                    idea.setDouble(9, 53.80 + random.nextDouble() * 0.08);
                    idea.setDouble(10, 22.90 + random.nextDouble() * 0.15);
                    idea.setString(11, statuses[i % statuses.length]);
                    int ideaLikes = random.nextInt(likesEach * 2 + 1);
                    int ideaComments = random.nextInt(commentsEach * 2 + 1);
                    idea.setInt(12, ideaLikes);
                    idea.setInt(13, i == 0 ? commentsEach : ideaComments);
                    idea.addBatch();
                    for (int c = 0; c < (i == 0 ? commentsEach : ideaComments); c++) {
                        comment.setLong(1, commentId++);
                        comment.setLong(2, id);
                        comment.setLong(3, authors.get((i + c + 1) % authors.size()));
                        comment.setTimestamp(4, Timestamp.from(at.toInstant().plusSeconds(c * 60L + 1)));
                        comment.setString(5,
                                "Komentarz " + c + " do pomysłu " + i + ": zgadzam się, ale proponuję zmiany.");
                        comment.addBatch();
                    }
                    for (int l = 0; l < ideaLikes; l++) {
                        like.setLong(1, id);
                        like.setLong(2, authors.get((i + l) % authors.size()));
                        like.setTimestamp(3, at);
                        like.addBatch();
                    }
                    if (i % 500 == 499) {
                        idea.executeBatch();
                        comment.executeBatch();
                        like.executeBatch();
                    }
                }
                idea.executeBatch();
                comment.executeBatch();
                like.executeBatch();
            }
            db.commit();
        }
        return new long[] { project, base };
    }
}
