package pl.wiec.budget.control;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.entity.InvalidReason;
import pl.wiec.budget.entity.Outcome;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.budget.entity.Turnout.Dimension;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.platform.control.CsvTable;
import pl.wiec.platform.control.PdfReport;
import pl.wiec.platform.control.PolishNumbers;

/**
 * The protocol of an edition's count, as a commission signs it and BIP publishes it (PDF), and the same numbers as CSV
 * for spreadsheets: the edition and its resolution, the voting's days, places and channels; the people who voted and
 * the cards, valid and invalid by reason; every pool's projects with their votes and outcome, the money given and left;
 * every tie and how it was broken; the rules; the commission's signatures. Written in Polish, as BIP publishes. A count
 * that is not (yet) official says so on its first line.
 */
public final class Protocol {

    public static final List<String> CSV_HEADER = List.of("sekcja", "pula", "miejsce", "nr", "projekt", "koszt",
            "punkty", "głosujący", "wynik");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy 'r.'",
            Locale.forLanguageTag("pl-PL"));

    private Protocol() {
    }

    /** The protocol as PDF. */
    public static byte[] pdf(EditionCount count, ProtocolFacts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfReport report = new PdfReport(bytes, "Protokół ustalenia wyników głosowania — " + facts.edition())) {
            if (!count.isOfficial()) {
                report.heading("WYNIK NIEOFICJALNY — PODGLĄD, NIE DO PUBLIKACJI");
            } else if (facts.correction() != null) {
                report.heading("Wersja " + facts.version() + " (korekta). Powód korekty: " + facts.correction());
            }
            report.heading("Podstawa i przebieg głosowania");
            if (facts.resolution() != null) {
                report.text("Podstawa: " + facts.resolution());
            }
            report.text("Głosowanie: "
                    + facts.voting().stream().map(days -> days(days[0], days[1])).collect(Collectors.joining("; ")));
            report.text("Sposoby głosowania: "
                    + facts.channels().stream().sorted().map(Protocol::channel).collect(Collectors.joining(", "))
                    + ".");
            if (!facts.places().isEmpty()) {
                report.text("Punkty do głosowania (urny): " + String.join("; ", facts.places()) + ".");
            }
            report.heading("Głosujący i karty");
            cards(count).forEach(report::text);
            for (PoolLines pool : count.pools()) {
                report.heading(poolName(pool) + " — kwota " + PolishNumbers.amount(pool.pool().amount()));
                report.table(List.of("Miejsce", "Nr", "Projekt", "Koszt", score(pool), "Głosujący", "Wynik"),
                        pool.lines().stream()
                                .map(line -> List.of(String.valueOf(line.rank()),
                                        String.valueOf(line.project().number()), line.title(),
                                        PolishNumbers.amount(line.project().cost()), PolishNumbers.count(line.score()),
                                        PolishNumbers.count(line.voters()), outcome(line.outcome())))
                                .toList(),
                        8, 6, 40, 16, 10, 10, 18);
                report.text(winners(pool));
                if (pool.voided() > 0) {
                    report.text("Karty ważne, na których głos w tej puli jest nieważny (liczba wyborów poza limitem"
                            + " puli albo przekroczona kwota puli): " + PolishNumbers.count(pool.voided()) + ".");
                }
            }
            report.heading("Równe wyniki");
            List<String> ties = ties(count, facts);
            if (ties.isEmpty()) {
                report.text("W żadnej puli projekty nie uzyskały równej liczby punktów.");
            }
            ties.forEach(report::text);
            report.heading("Zasady ustalania wyników");
            CountRules.text(facts.rules(), facts.pools()).lines().forEach(report::text);
            report.heading("Komisja");
            report.text("Miejsce i data sporządzenia: " + (facts.signedIn() == null ? "" : facts.signedIn() + ", ")
                    + DAY.format(facts.signedOn()));
            report.signatures(facts.commission());
        }
        return bytes.toByteArray();
    }

    /** The same numbers as CSV: one row per project, then the voters by channel, area and age, and invalid cards. */
    public static byte[] csv(EditionCount count) {
        List<List<String>> rows = new ArrayList<>();
        for (PoolLines pool : count.pools()) {
            for (Line line : pool.lines()) {
                rows.add(List.of("wynik", poolName(pool), String.valueOf(line.rank()),
                        String.valueOf(line.project().number()), line.title(),
                        PolishNumbers.plainAmount(line.project().cost()), String.valueOf(line.score()),
                        String.valueOf(line.voters()), outcome(line.outcome())));
            }
        }
        Map<String, String> dimensions = Map.of(Dimension.CHANNEL.name(), "głosujący wg sposobu", Dimension.AREA.name(),
                "głosujący wg obszaru", Dimension.AGE_GROUP.name(), "głosujący wg wieku");
        for (Dimension dimension : List.of(Dimension.CHANNEL, Dimension.AREA, Dimension.AGE_GROUP)) {
            count.turnout().getOrDefault(dimension, Map.of())
                    .forEach((bucket,
                            voters) -> rows.add(List.of(dimensions.get(dimension.name()), "", "", "",
                                    dimension == Dimension.CHANNEL ? channel(Channel.valueOf(bucket)) : bucket(bucket),
                                    "", "", String.valueOf(voters), "")));
        }
        rows.add(List.of("karty ważne", "", "", "", "", "", "", String.valueOf(count.countedBallots()), ""));
        count.pools().stream().filter(pool -> pool.voided() > 0).forEach(pool -> rows.add(List
                .of("głosy nieważne w puli", poolName(pool), "", "", "", "", "", String.valueOf(pool.voided()), "")));
        count.invalidBallots().forEach((reason, cards) -> rows
                .add(List.of("karty nieważne", "", "", "", invalid(reason), "", "", String.valueOf(cards), "")));
        return CsvTable.bytes(CSV_HEADER, rows);
    }

    private static List<String> cards(EditionCount count) {
        List<String> lines = new ArrayList<>();
        Map<String, Long> byChannel = count.turnout().getOrDefault(Dimension.CHANNEL, Map.of());
        lines.add(
                "Głosowało osób: " + PolishNumbers.count(count.voters())
                        + (byChannel.isEmpty() ? "" : " ("
                                + byChannel.entrySet().stream()
                                        .map(e -> channel(Channel.valueOf(e.getKey())) + ": "
                                                + PolishNumbers.count(e.getValue()))
                                        .collect(Collectors.joining(", "))
                                + ")")
                        + ".");
        lines.add("Kart oddanych: " + PolishNumbers.count(count.countedBallots() + count.invalid())
                + ", w tym ważnych: " + PolishNumbers.count(count.countedBallots()) + ", nieważnych: "
                + PolishNumbers.count(count.invalid()) + ".");
        if (count.invalid() > 0) {
            lines.add("Karty nieważne według przyczyny: " + count.invalidBallots().entrySet().stream()
                    .map(e -> invalid(e.getKey()) + " — " + PolishNumbers.count(e.getValue()))
                    .collect(Collectors.joining("; ")) + ".");
        }
        return lines;
    }

    private static String winners(PoolLines pool) {
        List<String> won = pool.lines().stream().filter(Line::won).map(line -> "nr " + line.project().number())
                .toList();
        return (won.isEmpty() ? "Nie wybrano żadnego projektu" : "Wybrane do realizacji: " + String.join(", ", won))
                + ". Przyznano " + PolishNumbers.amount(pool.spent()) + ", pozostało "
                + PolishNumbers.amount(pool.left()) + ".";
    }

    /** Each group of projects of a pool with the same score above zero, and how the tie-break ordered them. */
    static List<String> ties(EditionCount count, ProtocolFacts facts) {
        List<String> ties = new ArrayList<>();
        for (PoolLines pool : count.pools()) {
            Map<Long, List<Line>> byScore = pool.lines().stream().filter(line -> line.score() > 0)
                    .collect(Collectors.groupingBy(Line::score));
            byScore.values().stream().filter(group -> group.size() > 1)
                    .sorted((a, b) -> Integer.compare(a.get(0).rank(), b.get(0).rank()))
                    .forEach(group -> ties.add(poolName(pool) + ": projekty "
                            + group.stream().map(line -> "nr " + line.project().number())
                                    .collect(Collectors.joining(", "))
                            + " uzyskały po " + PolishNumbers.count(group.get(0).score()) + " pkt; o kolejności ("
                            + group.stream().map(line -> line.rank() + ". nr " + line.project().number())
                                    .collect(Collectors.joining(", "))
                            + ") zdecydowało " + (facts.rules().tieBreak() == TieBreak.LOT ? "" : "kryterium: ")
                            + CountRules.tieBreak(facts.rules()) + "."));
        }
        return ties;
    }

    private static String poolName(PoolLines pool) {
        return pool.pool().name().pl() + (pool.areaName() == null ? "" : " (" + pool.areaName() + ")");
    }

    private static String score(PoolLines pool) {
        return pool.pool().method() == VotingMethod.RANKED ? "Punkty" : "Głosy";
    }

    private static String days(LocalDate from, LocalDate to) {
        return "od " + DAY.format(from) + " do " + DAY.format(to);
    }

    public static String channel(Channel channel) {
        return switch (channel) {
        case ONLINE -> "przez internet";
        case PAPER -> "na karcie papierowej (urna)";
        case POST -> "pocztą";
        };
    }

    public static String outcome(Outcome outcome) {
        return switch (outcome) {
        case WON -> "wybrany do realizacji";
        case DID_NOT_FIT -> "nie zmieścił się w pozostałej kwocie";
        case LOST -> "niewybrany";
        };
    }

    /** An invalid card's reason as the protocol names it. */
    public static String invalid(String reason) {
        if (reason == null || "null".equals(reason)) {
            return "nieważna";
        }
        return switch (InvalidReason.valueOf(reason)) {
        case NO_SIGNATURE -> "brak podpisu";
        case INCOMPLETE_IDENTITY -> "niepełne dane osoby głosującej";
        case OVER_LIMIT -> "za dużo wybranych projektów";
        case TOO_FEW -> "za mało wybranych projektów";
        case OVER_BUDGET -> "wybrane projekty kosztują więcej niż kwota puli";
        case EMPTY -> "pusta karta";
        case UNREADABLE -> "karta nieczytelna";
        case OUTSIDE_AREA -> "głos w puli obszaru, w którym głosujący nie mieszka";
        case LATE -> "karta doręczona po terminie";
        case DUPLICATE -> "ponowny głos tej samej osoby";
        case ALL_INVALID -> "głos osoby, która głosowała kilka razy (wszystkie nieważne)";
        };
    }

    private static String bucket(String bucket) {
        return "unknown".equals(bucket) ? "nieznany" : bucket;
    }
}
