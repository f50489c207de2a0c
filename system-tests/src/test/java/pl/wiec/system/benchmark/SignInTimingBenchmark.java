package pl.wiec.system.benchmark;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import pl.wiec.residents.boundary.PasswordSignIn;
import pl.wiec.residents.boundary.Residents;
import pl.wiec.system.support.DemoServices;
import pl.wiec.system.support.Deployments;
import pl.wiec.system.support.TestPeople;

/**
 * The benchmark behind "locked and unknown accounts are answered alike in time, registration in equal time", not a test
 * (it asserts only the outcomes, never a time): the residents' boundary answers a password sign-in for an address
 * without an account, a wrong password for one with an account, and a sign-in held after five wrong passwords; and a
 * registration of a new address and of one that has an account. Each {@value #WARM_UP} warm-up rounds, then
 * {@value #MEASURED} measured, one at a time; a new address or client each round, so that no hold or throttle of an
 * earlier round is measured. Whoever times the answers from outside sees these times plus the network.
 * <p>
 * Run: {@code mvn -B verify -pl system-tests -am -Pbenchmark -Dit.test=SignInTimingBenchmark -DskipUTs}. The table is
 * printed and written to {@code system-tests/target/benchmark-signin-timing.md}.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(DemoServices.class)
class SignInTimingBenchmark {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 40;
    private static final String PASSWORD = "Kasztan, rower i burza";

    @Inject
    Residents residents;

    @Resource(lookup = "java:jboss/datasources/WiecDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive wiec() {
        return Deployments.wiecWith(SignInTimingBenchmark.class, Measured.class);
    }

    @Test
    void signInAndRegistrationTakeTheSameTimeWhateverTheAddress() throws Exception {
        String email = "zegar-" + UUID.randomUUID() + "@example.org";
        TestPeople.emailAccount(residents, email);
        int[] round = { 0 };
        Supplier<String> client = () -> "198.51.100." + (round[0]++ % 250);
        StringBuilder report = new StringBuilder("# " + Measured.heading("Sign-in and registration timing", dataSource)
                + "\n\n| answer | rounds | median ms | 90th percentile ms | max ms |\n|---|---|---|---|---|\n");
        report.append(
                Measured.row("password sign-in, address without an account", "" + MEASURED,
                        time(() -> assertInstanceOf(PasswordSignIn.Refused.class,
                                residents.signInWithPassword("nikt-" + UUID.randomUUID() + "@example.org",
                                        "zle-haslo-1", client.get(), Locale.ENGLISH)))));
        report.append(Measured.row("password sign-in, wrong password of an account", "" + MEASURED,
                time(() -> assertInstanceOf(PasswordSignIn.Refused.class,
                        residents.signInWithPassword(email, "zle-haslo-1", client.get(), Locale.ENGLISH)))));
        String held = "198.51.100.251";
        for (int attempt = 0; attempt < 5; attempt++) {
            residents.signInWithPassword(email, "zle-haslo-" + attempt, held, Locale.ENGLISH);
        }
        report.append(Measured.row("password sign-in, held after five wrong passwords", "" + MEASURED,
                time(() -> assertInstanceOf(PasswordSignIn.Held.class,
                        residents.signInWithPassword(email, PASSWORD, held, Locale.ENGLISH)))));
        report.append(Measured.row("registration, new address", "" + MEASURED, time(() -> residents.register("Nowa",
                "Osoba", "nowa-" + UUID.randomUUID() + "@example.org", PASSWORD, Locale.ENGLISH))));
        report.append(Measured.row("registration, address with an account", "" + MEASURED,
                time(() -> residents.register("Ktoś", "Inny", email, PASSWORD, Locale.ENGLISH))));
        Measured.report("benchmark-signin-timing.md", report.toString());
    }

    private static long[] time(Runnable answer) {
        for (int i = 0; i < WARM_UP; i++) {
            answer.run();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            answer.run();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }
}
