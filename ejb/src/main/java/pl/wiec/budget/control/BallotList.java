package pl.wiec.budget.control;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.platform.control.CsvTable;

/**
 * The list of an edition's ballots that anyone may download with the published result and recount in a spreadsheet:
 * every card, numbered in a random order, with its choices (pool, project number, points) if it counts, or the reason
 * it does not, and the pools a counted card does not count in, with the reason; no receipt, no day, no channel, so that
 * nobody can find a person's ballot in it. A pivot table over it (sum of points by project; distinct cards by project)
 * gives the published numbers.
 * <p>
 * The choices are read by ranges of receipts (the key's prefix) and kept as columns of numbers until they are written
 * in the cards' order: a Warsaw-sized edition (110,000 cards, 660,000 choices) needs a few tens of megabytes for a few
 * seconds, and the database sees a handful of indexed queries (BENCHMARKS.md).
 */
@Dependent
public class BallotList {

    public static final List<String> HEADER = List.of("karta", "ważność", "pula", "nr projektu", "punkty");

    /** Cards whose choices are read in one query (some 50,000 choices at most). */
    private static final int CARDS_PER_QUERY = 8_000;

    @PersistenceContext
    EntityManager em;

    /** The list as CSV; {@code poolNames} by pool id. */
    public byte[] csv(long editionId, Map<Long, String> poolNames) {
        List<Object[]> cards = new ArrayList<>(
                em.createQuery("select b.receipt, b.invalidReason from Ballot b where b.editionId = :edition",
                        Object[].class).setParameter("edition", editionId).getResultList());
        Collections.shuffle(cards, new SecureRandom());
        Map<String, Integer> cardOf = new HashMap<>(cards.size() * 2);
        for (int i = 0; i < cards.size(); i++) {
            cardOf.put((String) cards.get(i)[0], i);
        }
        Choices choices = choices(editionId, cardOf,
                cards.stream().filter(card -> card[1] == null).map(card -> (String) card[0]).toList());
        Map<Integer, List<Object[]>> voids = new HashMap<>();
        em.createNativeQuery("select v.receipt, v.pool_id, v.reason from budget_ballot_void v join budget_ballot b"
                + " on b.receipt = v.receipt where b.project_id = ? and b.counted_link is not null order by v.pool_id")
                .setParameter(1, editionId).getResultList().forEach(row -> {
                    Object[] columns = (Object[]) row;
                    voids.computeIfAbsent(cardOf.get((String) columns[0]), card -> new ArrayList<>()).add(columns);
                });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), HEADER);
        int next = 0;
        for (int i = 0; i < cards.size(); i++) {
            String card = String.valueOf(i + 1);
            String invalid = (String) cards.get(i)[1];
            if (invalid != null) {
                table.row(List.of(card, "nieważna: " + Protocol.invalid(invalid), "", "", ""));
            } else if ((next >= choices.size || choices.card(next) != i) && !voids.containsKey(i)) {
                table.row(List.of(card, "ważna", "", "", "")); // a counted card without a choice is listed too
            }
            for (Object[] voided : voids.getOrDefault(i, List.of())) {
                table.row(List.of(card, "ważna, nieważna w puli: " + Protocol.invalid((String) voided[2]),
                        poolNames.getOrDefault(((Number) voided[1]).longValue(), ""), "", ""));
            }
            for (; next < choices.size && choices.card(next) == i; next++) {
                int row = choices.row(next);
                table.row(List.of(card, "ważna", poolNames.getOrDefault(choices.pool[row], ""),
                        String.valueOf(choices.number[row]), String.valueOf(choices.points[row])));
            }
        }
        table.flush();
        return bytes.toByteArray();
    }

    /**
     * The counted cards' choices, sorted by card (and, within a card, by project), read in ranges of receipts: each a
     * range scan of the choices' primary key.
     */
    private Choices choices(long editionId, Map<String, Integer> cardOf, List<String> counted) {
        Choices choices = new Choices();
        // the projects' numbers looked up here, not joined: a join lets a planner without fresh statistics (right after
        // a vote's last cards) pick a nested loop over every choice for every project (23 s a range on PostgreSQL)
        Map<Long, Integer> numbers = new HashMap<>();
        em.createQuery("select p.id, p.number from BudgetProject p where p.editionId = :edition", Object[].class)
                .setParameter("edition", editionId).getResultList()
                .forEach(row -> numbers.put((Long) row[0], ((Number) row[1]).intValue()));
        List<String> sorted = counted.stream().sorted().toList();
        for (int start = 0; start < sorted.size(); start += CARDS_PER_QUERY) {
            em.createQuery("select c.ballot.receipt, c.poolId, c.projectId, c.points from Choice c"
                    + " where c.ballot.receipt between :from and :to"
                    + " and c.ballot.editionId = :edition and c.ballot.countedLink is not null", Object[].class)
                    .setParameter("edition", editionId).setParameter("from", sorted.get(start))
                    .setParameter("to", sorted.get(Math.min(sorted.size(), start + CARDS_PER_QUERY) - 1))
                    .getResultList()
                    .forEach(row -> choices.add(cardOf.get((String) row[0]), ((Number) row[1]).longValue(),
                            numbers.get(((Number) row[2]).longValue()), ((Number) row[3]).intValue()));
        }
        choices.sort();
        return choices;
    }

    /** Choices as columns of numbers, and their order by card. */
    private static final class Choices {
        int size;
        int[] card = new int[1024];
        long[] pool = new long[1024];
        int[] number = new int[1024];
        int[] points = new int[1024];
        long[] order;

        void add(int onCard, long inPool, int projectNumber, int scored) {
            if (size == card.length) {
                int grown = size * 2;
                card = Arrays.copyOf(card, grown);
                pool = Arrays.copyOf(pool, grown);
                number = Arrays.copyOf(number, grown);
                points = Arrays.copyOf(points, grown);
            }
            card[size] = onCard;
            pool[size] = inPool;
            number[size] = projectNumber;
            points[size] = scored;
            size++;
        }

        /** Orders the rows by card, keeping the read order within a card. */
        void sort() {
            order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = (long) card[i] << 32 | i;
            }
            Arrays.sort(order);
        }

        int card(int position) {
            return (int) (order[position] >>> 32);
        }

        int row(int position) {
            return (int) order[position];
        }
    }
}
