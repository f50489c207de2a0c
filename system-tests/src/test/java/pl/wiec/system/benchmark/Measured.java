package pl.wiec.system.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

/** What the benchmarks share: table rows of measured times, the report's first line, where the report goes. */
final class Measured {

    private Measured() {
    }

    /** A Markdown table row: label, size, median, 90th percentile and maximum of the times (sorts them). */
    static String row(String label, String size, long[] nanos) {
        Arrays.sort(nanos);
        return "| " + label + " | " + size + " | " + ms(nanos[nanos.length / 2]) + " | "
                + ms(nanos[(int) (nanos.length * 0.9)]) + " | " + ms(nanos[nanos.length - 1]) + " |\n";
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }

    /** "title, date, Java version, database: product version, N cores". */
    static String heading(String title, DataSource dataSource) throws Exception {
        try (Connection db = dataSource.getConnection()) {
            return title + ", " + LocalDate.now() + ", " + System.getProperty("java.version") + ", database: "
                    + db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion()
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores";
        }
    }

    /** Prints the report and writes it to system-tests/target/{@code fileName} of the checkout the server runs from. */
    static void report(String fileName, String report) throws Exception {
        System.out.println(report);
        // It runs inside the test server, which lives in wildfly-config/target of the same checkout.
        Path out = Path.of(System.getProperty("jboss.home.dir")).toAbsolutePath().getParent().getParent().getParent()
                .resolve("system-tests/target/" + fileName);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
    }
}
