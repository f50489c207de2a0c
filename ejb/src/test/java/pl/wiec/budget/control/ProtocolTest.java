package pl.wiec.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pl.wiec.budget.entity.Candidate;
import pl.wiec.budget.entity.Channel;
import pl.wiec.budget.entity.ConflictRule;
import pl.wiec.budget.entity.EditionCount;
import pl.wiec.budget.entity.EditionCount.Line;
import pl.wiec.budget.entity.EditionCount.PoolLines;
import pl.wiec.budget.entity.EditionRules;
import pl.wiec.budget.entity.Filling;
import pl.wiec.budget.entity.Outcome;
import pl.wiec.budget.entity.PoolPlan;
import pl.wiec.budget.entity.Publication;
import pl.wiec.budget.entity.TieBreak;
import pl.wiec.budget.entity.Turnout.Dimension;
import pl.wiec.budget.entity.VotingMethod;
import pl.wiec.projects.entity.LocalizedText;

class ProtocolTest {

    private static final PoolPlan POOL = new PoolPlan(1L, LocalizedText.polish("Pula ogólnomiejska"),
            new BigDecimal("240000"), null, null, VotingMethod.ONE_VOTE, 1, 1, null);

    private static EditionCount count() {
        List<Line> lines = List.of(
                new Line(new Candidate(11, 2, new BigDecimal("40000")), "Ławki", 12, 12, 1, Outcome.WON),
                new Line(new Candidate(12, 5, new BigDecimal("60000")), "Zieleń", 12, 12, 2, Outcome.WON),
                new Line(new Candidate(13, 1, new BigDecimal("150000")), "Plac", 9, 9, 3, Outcome.DID_NOT_FIT),
                new Line(new Candidate(14, 3, new BigDecimal("5000")), "Mural", 0, 0, 4, Outcome.LOST));
        return new EditionCount(5, new Publication(1, java.time.Instant.now(), null, "zasady", null, null, null),
                List.of(new PoolLines(POOL, null, new BigDecimal("100000"), lines, 0)), 33, Map.of("NO_SIGNATURE", 2L),
                Map.of(Dimension.CHANNEL, Map.of("ONLINE", 30L, "PAPER", 3L)));
    }

    private static ProtocolFacts facts(TieBreak tieBreak) {
        EditionRules rules = new EditionRules(EnumSet.of(Channel.ONLINE, Channel.PAPER), ConflictRule.FIRST_COUNTS,
                tieBreak, tieBreak == TieBreak.LOT ? "ziarno-2026" : null, Filling.SKIP_UNFITTING, false, 10,
                List.of("Urząd"), 7, false, false);
        return new ProtocolFacts("BO 2027", null, List.<LocalDate[]> of(), rules.channels(), rules.places(), rules,
                List.of(POOL), List.of("Anna Nowak"), "Augustów", LocalDate.of(2026, 12, 7), 1, null);
    }

    @Test
    void aTieIsExplainedByTheRuleThatBrokeIt() {
        assertEquals(
                List.of("Pula ogólnomiejska: projekty nr 2, nr 5 uzyskały po 12 pkt; o kolejności (1. nr 2, 2. nr 5)"
                        + " zdecydowało kryterium: niższy koszt projektu, a przy równym koszcie niższy numer projektu."),
                Protocol.ties(count(), facts(TieBreak.LOWER_COST)));
        assertTrue(Protocol.ties(count(), facts(TieBreak.LOT)).get(0)
                .contains("zdecydowało losowanie: niższa wartość" + " SHA-256 z ziarna „ziarno-2026”"));
    }

    @Test
    void theCsvCarriesTheSameNumbersAsThePdf() {
        String csv = new String(Protocol.csv(count()), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"wynik\";\"Pula ogólnomiejska\";\"3\";\"1\";\"Plac\";\"150000,00\";\"9\";\"9\";"
                + "\"nie zmieścił się w pozostałej kwocie\""), csv);
        assertTrue(
                csv.contains("\"głosujący wg sposobu\";\"\";\"\";\"\";\"na karcie papierowej (urna)\";\"\";\"\";\"3\""),
                csv);
        assertTrue(csv.contains("\"karty nieważne\";\"\";\"\";\"\";\"brak podpisu\";\"\";\"\";\"2\""), csv);
        assertTrue(Protocol.pdf(count(), facts(TieBreak.LOWER_COST)).length > 1000, "a PDF is written");
    }
}
