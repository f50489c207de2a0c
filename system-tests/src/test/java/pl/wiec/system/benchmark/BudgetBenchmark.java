package pl.wiec.system.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.budget.boundary.BudgetEditions;
import pl.wiec.budget.boundary.BudgetResults;
import pl.wiec.budget.boundary.NearMatch;
import pl.wiec.budget.boundary.NearMatches;
import pl.wiec.budget.control.BallotKeys;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.Edition;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.boundary.Projects;
import pl.wiec.projects.entity.LocalizedText;
import pl.wiec.projects.entity.Requirement;
import pl.wiec.projects.entity.Visibility;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.Staff;
import pl.wiec.system.support.TestEditions;
import pl.wiec.system.support.TestProjects;
import pl.wiec.system.support.TestServer;

/**
 * The budget's benchmark, not a test (it asserts only that every ballot was cast and counted, never a time).
 * <p>
 * Casting: {@value #VOTERS} residents (seeded with confirmed e-mail accounts) sign in through the sign-in page and open
 * their ballot page; then up to {@value #CONCURRENT} threads, one per simultaneous voter, send the ballot forms through
 * the real HTTP path (JSF postback, the boundary's checks, the voter mark and ballot in one transaction). The first
 * {@value #WARM_UP} ballots warm the JIT and are not measured; of the rest, half are cast back to back (the most the
 * server takes: each thread takes the next voter as soon as its ballot is cast) and half arrive at a steady
 * {@value #OFFERED} ballots a second. The client runs in the server's JVM on the same 2 cores, so its cost is included.
 * <p>
 * Counting: a Warsaw-sized edition (110,000 ballots, 1,000 projects in 20 pools: one gmina-wide, 19 districts; each
 * ballot chooses up to 5 gmina-wide and up to 5 projects of one district) is seeded straight into the database, then
 * counted three times (staff's preview) and published once.
 * <p>
 * Run: {@code mvn -B verify -pl system-tests -am -Pbenchmark -Dit.test=BudgetBenchmark} (add {@code -Ppostgresql} for
 * PostgreSQL); the table is written to {@code system-tests/target/benchmark-budget.md}.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class BudgetBenchmark {

    static final int VOTERS = 4_000;
    static final int WARM_UP = 600;
    static final int CONCURRENT = 200;
    static final int OFFERED = 100;
    static final int COUNTED_BALLOTS = 110_000;
    static final int POOLS = 20;
    static final int PROJECTS_PER_POOL = 50;
    /** Voters per building (a block of flats), every tenth of them on paper, and the near matches planted. */
    static final int PER_BUILDING = 100;
    static final int NEAR_PAIRS = 50;
    private static final Pattern VIEW_STATE = Pattern
            .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(BudgetBenchmark.class);
    }

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Inject
    Projects projects;

    @Inject
    BudgetEditions editions;

    @Inject
    BudgetResults results;

    @Inject
    NearMatches nearMatches;

    @Inject
    BallotKeys keys;

    /** HTTP/1.1 as browsers speak it over plain HTTP (they never upgrade to HTTP/2 without TLS). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(8)).build();

    @Test
    void castingAndCounting() throws Exception {
        String casting = casting();
        String counting = counting();
        String report = "Wiec participatory budget, " + LocalDate.now() + ", Java " + System.getProperty("java.version")
                + ", database: " + database() + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n"
                + casting + "\n" + counting;
        System.out.println(report);
        Path out = Path.of(System.getProperty("jboss.home.dir")).toAbsolutePath().getParent().getParent().getParent()
                .resolve("system-tests/target/benchmark-budget.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }

    // --- casting through HTTP -------------------------------------------------------------------------------------

    /** One voter's browser: their session and the ballot page's view state. */
    /** A voter signed in, with their ballot's view state and the page's CSP nonce, which a postback carries. */
    private record Voter(int number, String session, String viewState, String nonce) {
    }

    private String casting() throws Exception {
        Edition edition = TestEditions.wasilkow(projects, editions, Requirement.SIGNED_IN, EditionRules.usual());
        long pool = edition.pools().get(0).id();
        List<Long> choices = TestEditions.onBallot(editions, edition, 0).stream().map(p -> p.id()).toList();
        seedResidents(VOTERS);
        ExecutorService preparing = Executors.newFixedThreadPool(8);
        List<Future<Voter>> prepared = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            int number = i;
            prepared.add(preparing.submit(() -> prepare(number, edition.projectId())));
        }
        List<Voter> voters = new ArrayList<>();
        for (Future<Voter> voter : prepared) {
            voters.add(voter.get());
        }
        preparing.shutdown();

        cast(voters.subList(0, WARM_UP), edition.projectId(), pool, choices, 50, 0);
        int half = WARM_UP + (VOTERS - WARM_UP) / 2;
        StringBuilder table = new StringBuilder("### Casting ballots through HTTP (up to " + CONCURRENT
                + " voters at once)\n\n| load | ballots | wall time s | ballots/s | p50 ms | p90 ms | p99 ms | max ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        table.append(row("saturated: " + CONCURRENT + " voters casting back to back", voters.subList(WARM_UP, half),
                edition.projectId(), pool, choices, 0));
        table.append(row("steady: " + OFFERED + " ballots/s arriving (latency from the planned start)",
                voters.subList(half, VOTERS), edition.projectId(), pool, choices, OFFERED));
        long counted = Staff.as(Staff.CLERK, () -> results.count(edition.projectId())).countedBallots();
        assertEquals(VOTERS, counted, "every ballot was cast and counted once");
        return table.toString();
    }

    private String row(String load, List<Voter> voters, long edition, long pool, List<Long> choices, int rate)
            throws Exception {
        long start = System.nanoTime();
        long[] nanos = cast(voters, edition, pool, choices, CONCURRENT, rate);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return "| " + load + " | " + voters.size() + " | " + fmt(seconds) + " | " + fmt(voters.size() / seconds) + " | "
                + ms(nanos[nanos.length / 2]) + " | " + ms(nanos[(int) (nanos.length * 0.9)]) + " | "
                + ms(nanos[(int) (nanos.length * 0.99)]) + " | " + ms(nanos[nanos.length - 1]) + " |\n";
    }

    /** Signs the voter in with e-mail and password and opens their ballot. */
    private Voter prepare(int number, long edition) throws Exception {
        HttpResponse<String> form = send("/signin.xhtml", null, null);
        String session = session(form, null);
        HttpResponse<String> signedIn = send("/signin.xhtml", session,
                Map.of("signin", "signin", "email", "glosujacy-" + number + "@benchmark.example.org", "password",
                        "benchmark-haslo", "submit", "Zaloguj", "jakarta.faces.ViewState", viewState(form)));
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        session = session(signedIn, session);
        HttpResponse<String> ballot = send("/budget/ballot.xhtml?project=" + edition, session, null);
        assertTrue(ballot.body().contains("id=\"cast\""), "the ballot form is shown");
        Matcher nonce = NONCE.matcher(ballot.body());
        return new Voter(number, session(ballot, session), viewState(ballot), nonce.find() ? nonce.group(1) : "");
    }

    /**
     * Casts the voters' ballots, at most {@code concurrency} at a time: back to back ({@code rate} 0), or the i-th
     * planned to start i/rate seconds in, its latency counted from then (so that a server falling behind shows in the
     * numbers instead of slowing the arrivals). The latency of each cast, in nanoseconds.
     */
    private long[] cast(List<Voter> voters, long edition, long pool, List<Long> choices, int concurrency, int rate)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        long[] nanos = new long[voters.size()];
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < voters.size(); i = next.getAndIncrement()) {
                    Voter voter = voters.get(i);
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("ballot", "ballot");
                    form.put("pool-" + pool, String.valueOf(choices.get(voter.number() % choices.size())));
                    form.put("address", "ul. Benchmarkowa " + voter.number());
                    form.put("cast", "Oddaj głos");
                    form.put("jakarta.faces.ViewState", voter.viewState());
                    form.put("primefaces.nonce", voter.nonce());
                    long start = rate == 0 ? System.nanoTime() : begin + i * 1_000_000_000L / rate;
                    long wait = start - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    HttpResponse<String> cast = send("/budget/ballot.xhtml?project=" + edition, voter.session(), form);
                    nanos[i] = System.nanoTime() - start;
                    if (!cast.body().contains("id=\"receipt-code\"")) {
                        throw new AssertionError("voter " + voter.number() + " got no receipt: HTTP "
                                + cast.statusCode() + " " + cast.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();
        return nanos;
    }

    private HttpResponse<String> send(String path, String session, Map<String, String> form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.url(path)));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"))));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<String> response, String current) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElse(current);
    }

    private static String viewState(HttpResponse<String> page) {
        Matcher found = VIEW_STATE.matcher(page.body());
        if (!found.find()) {
            throw new AssertionError("no view state in HTTP " + page.statusCode() + ": " + page.body());
        }
        return found.group(1).replace("&amp;", "&");
    }

    /**
     * Residents with confirmed e-mail accounts; their password hashed with fewer rounds, as sign-in is not measured.
     */
    private void seedResidents(int count) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec("benchmark-haslo".toCharArray(), salt, 1_000, 256);
        String hash = "pbkdf2-sha256$1000$" + b64(salt) + "$"
                + b64(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into resident (id, version, created_at, first_name, family_name, email, email_confirmed_at,"
                        + " password_hash, privacy_notice_at, language)"
                        + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, 'pl')")) {
            for (int i = 0; i < count; i++) {
                insert.setLong(1, 3_000_000_000L + i);
                insert.setTimestamp(2, now);
                insert.setString(3, "Głosujący");
                insert.setString(4, "Nr " + i);
                insert.setString(5, "glosujacy-" + i + "@benchmark.example.org");
                insert.setTimestamp(6, now);
                insert.setString(7, hash);
                insert.setTimestamp(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // --- counting a Warsaw-sized edition -------------------------------------------------------------------------

    private String counting() throws Exception {
        long project = TestProjects.create(projects, "BO Warszawa", Visibility.PUBLISHED,
                today -> List.of(TestProjects.phase(today, "budget-voting")));
        List<PoolPlan> pools = new ArrayList<>();
        for (int p = 0; p < POOLS; p++) {
            pools.add(new PoolPlan(null, LocalizedText.polish(p == 0 ? "Ogólnomiejska" : "Dzielnica " + p),
                    BigDecimal.valueOf(p == 0 ? 30_000_000 : 3_000_000),
                    BigDecimal.valueOf(p == 0 ? 3_000_000 : 1_000_000), null, VotingMethod.APPROVAL, 1, 5, null));
        }
        Edition edition = Staff.as(Staff.CLERK, () -> editions.configure(project, null,
                new EditionRules(java.util.EnumSet.of(Channel.ONLINE, Channel.PAPER), ConflictRule.FIRST_COUNTS,
                        TieBreak.LOWER_COST, null, Filling.SKIP_UNFITTING, false, 0, List.of(), 7, false, false),
                pools));
        long seedStart = System.nanoTime();
        long choices = seedBallots(edition);
        double seeding = (System.nanoTime() - seedStart) / 1e9;
        long[] nanos = new long[3];
        EditionCount count = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            count = Staff.as(Staff.CLERK, () -> results.count(project));
            nanos[i] = System.nanoTime() - start;
        }
        assertEquals(COUNTED_BALLOTS, count.countedBallots());
        long[] finding = new long[3];
        List<NearMatch> pending = null;
        for (int i = 0; i < finding.length; i++) {
            long start = System.nanoTime();
            pending = Staff.as(Staff.CLERK, () -> nearMatches.pending(project));
            finding[i] = System.nanoTime() - start;
        }
        assertEquals(NEAR_PAIRS, pending.size());
        long deciding = System.nanoTime();
        for (NearMatch match : pending) {
            Staff.as(Staff.CLERK, () -> nearMatches.decide(project, match.first(), match.second(), false));
        }
        deciding = (System.nanoTime() - deciding) / NEAR_PAIRS;
        TestEditions.endVote(projects, project);
        long start = System.nanoTime();
        EditionCount published = TestEditions.publish(results, project);
        long publishing = System.nanoTime() - start;
        assertEquals(POOLS * PROJECTS_PER_POOL, published.pools().stream().mapToInt(p -> p.lines().size()).sum());
        Arrays.sort(nanos);
        Arrays.sort(finding);
        return "### Counting a Warsaw-sized edition\n\n" + COUNTED_BALLOTS + " ballots with " + choices + " choices, "
                + POOLS * PROJECTS_PER_POOL + " projects in " + POOLS + " pools (seeded in " + fmt(seeding)
                + " s); voters in buildings of " + PER_BUILDING + ", every tenth on paper, each with a sealed name and"
                + " address, " + NEAR_PAIRS + " near matches planted.\n\n| count (preview), median of 3 |"
                + " near matches found, median of 3 | one near match decided | count and publish |\n"
                + "|---:|---:|---:|---:|\n| " + ms(nanos[1]) + " ms | " + ms(finding[1]) + " ms | " + ms(deciding)
                + " ms | " + ms(publishing) + " ms |\n";
    }

    /** Admitted projects and 110,000 counted ballots straight into the tables; the number of choices. */
    private long seedBallots(Edition edition) throws Exception {
        long editionId = edition.projectId();
        Random random = new Random(110_000);
        long choices = 0;
        Map<Integer, CardIdentity> names = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long[][] projectIds = new long[POOLS][PROJECTS_PER_POOL];
            try (PreparedStatement insert = connection.prepareStatement("insert into budget_project (id, version,"
                    + " project_id, pool_id, number, title, summary, cost, status, submitted_at)"
                    + " values (?, 1, ?, ?, ?, ?, 'Projekt do liczenia', ?, 'ADMITTED', ?)")) {
                for (int p = 0; p < POOLS; p++) {
                    for (int i = 0; i < PROJECTS_PER_POOL; i++) {
                        long id = 4_000_000_000L + p * PROJECTS_PER_POOL + i;
                        projectIds[p][i] = id;
                        insert.setLong(1, id);
                        insert.setLong(2, editionId);
                        insert.setLong(3, edition.pools().get(p).id());
                        insert.setInt(4, p * PROJECTS_PER_POOL + i + 1);
                        insert.setString(5, "Projekt " + (p * PROJECTS_PER_POOL + i + 1));
                        insert.setBigDecimal(6, BigDecimal.valueOf(50_000 + random.nextInt(950_000)));
                        insert.setTimestamp(7, Timestamp.from(Instant.now()));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            Date today = Date.valueOf(LocalDate.now());
            try (PreparedStatement ballot = connection.prepareStatement("insert into budget_ballot (receipt,"
                    + " project_id, link, counted_link, channel, cast_on) values (?, ?, ?, ?, 'ONLINE', ?)");
                    PreparedStatement voter = connection.prepareStatement("insert into budget_voter (id, project_id,"
                            + " voter_key, channel, voted_on, age_group, building_key, sealed_identity)"
                            + " values (?, ?, ?, ?, ?, '30-44', ?, ?)");
                    PreparedStatement choice = connection.prepareStatement("insert into budget_choice (receipt,"
                            + " budget_project_id, pool_id, points) values (?, ?, ?, 1)")) {
                for (int b = 0; b < COUNTED_BALLOTS; b++) {
                    String receipt = "B" + b;
                    String link = "link-" + editionId + "-" + b;
                    ballot.setString(1, receipt);
                    ballot.setLong(2, editionId);
                    ballot.setString(3, link);
                    ballot.setString(4, link);
                    ballot.setDate(5, today);
                    ballot.addBatch();
                    voter.setLong(1, 5_000_000_000L + b);
                    voter.setLong(2, editionId);
                    voter.setString(3, "voter-" + editionId + "-" + b);
                    voter.setString(4, b % 10 == 0 ? "PAPER" : "ONLINE");
                    voter.setDate(5, today);
                    CardIdentity person = person(random, b, names);
                    voter.setString(6, keys.building(editionId, person));
                    voter.setString(7, keys.seal(person));
                    voter.addBatch();
                    for (int p : new int[] { 0, 1 + random.nextInt(POOLS - 1) }) {
                        List<Integer> picks = new ArrayList<>();
                        for (int i = 0; i < PROJECTS_PER_POOL; i++) {
                            picks.add(i);
                        }
                        Collections.shuffle(picks, random);
                        for (int i : picks.subList(0, 1 + random.nextInt(5))) {
                            choice.setString(1, receipt);
                            choice.setLong(2, projectIds[p][i]);
                            choice.setLong(3, edition.pools().get(p).id());
                            choice.addBatch();
                            choices++;
                        }
                    }
                    if (b % 5_000 == 4_999) {
                        ballot.executeBatch();
                        voter.executeBatch();
                        choice.executeBatch();
                        connection.commit();
                    }
                }
                ballot.executeBatch();
                voter.executeBatch();
                choice.executeBatch();
                connection.commit();
            }
        }
        return choices;
    }

    /**
     * A voter's name and address: random names (two random names are never one letter apart), {@value #PER_BUILDING}
     * voters to a building with their flats; the first {@value #NEAR_PAIRS} buildings' paper voters repeat their
     * neighbour's name with another flat (a near match).
     */
    private static CardIdentity person(Random random, int number, Map<Integer, CardIdentity> names) {
        int building = number / PER_BUILDING;
        String address = "ul. Marszałkowska " + (building + 1) + " m. " + (number % PER_BUILDING + 1);
        CardIdentity person;
        if (number % 10 == 0 && building < NEAR_PAIRS && number % PER_BUILDING == 10) {
            CardIdentity neighbour = names.get(number - 1);
            person = new CardIdentity(neighbour.firstName(), neighbour.familyName(), address, null);
        } else {
            person = new CardIdentity(word(random, 6), word(random, 9), address, null);
        }
        names.put(number, person);
        return person;
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String database() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
