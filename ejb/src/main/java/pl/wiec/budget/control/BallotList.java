package pl.wiec.budget.control;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import pl.wiec.platform.control.CsvTable;

/**
 * The list of an edition's ballots that anyone may download with the published result and recount in a spreadsheet:
 * every card, numbered in a random order, with its choices (pool, project number, points) if it counts, or the reason
 * it does not; no receipt, no day, no channel, so that nobody can find a person's ballot in it. A pivot table over it
 * (sum of points by project; distinct cards by pool) gives the published numbers.
 */
@Dependent
public class BallotList {

    public static final List<String> HEADER = List.of("karta", "ważność", "pula", "nr projektu", "punkty");

    /** Cards whose choices are read in one query: bounds the memory a large edition needs. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    /** The list as CSV; {@code poolNames} by pool id. */
    public byte[] csv(long editionId, Map<Long, String> poolNames) {
        List<Object[]> cards = new ArrayList<>(
                em.createQuery("select b.receipt, b.invalidReason from Ballot b where b.editionId = :edition",
                        Object[].class).setParameter("edition", editionId).getResultList());
        Collections.shuffle(cards, new SecureRandom());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvTable table = new CsvTable(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), HEADER);
        for (int start = 0; start < cards.size(); start += CHUNK) {
            List<Object[]> chunk = cards.subList(start, Math.min(cards.size(), start + CHUNK));
            Map<String, List<Object[]>> choices = choices(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                String card = String.valueOf(start + i + 1);
                String invalid = (String) chunk.get(i)[1];
                if (invalid != null) {
                    table.row(List.of(card, "nieważna: " + Protocol.invalid(invalid), "", "", ""));
                    continue;
                }
                for (Object[] choice : choices.getOrDefault((String) chunk.get(i)[0], List.of())) {
                    table.row(List.of(card, "ważna", poolNames.getOrDefault((Long) choice[1], ""),
                            String.valueOf(choice[2]), String.valueOf(choice[3])));
                }
            }
        }
        table.flush();
        return bytes.toByteArray();
    }

    /** The choices of the chunk's counted cards, by receipt, in pool and preference order. */
    private Map<String, List<Object[]>> choices(List<Object[]> chunk) {
        List<String> receipts = chunk.stream().filter(card -> card[1] == null).map(card -> (String) card[0]).toList();
        Map<String, List<Object[]>> choices = new LinkedHashMap<>();
        if (receipts.isEmpty()) {
            return choices;
        }
        em.createQuery("select c.ballot.receipt, c.poolId, p.number, c.points from Choice c, BudgetProject p"
                + " where p.id = c.projectId and c.ballot.receipt in :receipts order by c.poolId, c.points desc",
                Object[].class).setParameter("receipts", receipts).getResultStream()
                .forEach(row -> choices.computeIfAbsent((String) row[0], r -> new ArrayList<>()).add(row));
        return choices;
    }
}
