package pl.wiec.budget.boundary;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * The card cannot be stored as keyed, because of a keying mistake rather than the card itself: a number not on the
 * pool's ballot, a PESEL that fails its checksum, a postal card without its date. Per field ("pesel", "receivedOn", or
 * a pool id as text), what is wrong. Nothing was stored; the entry screen keeps what was typed.
 */
@ApplicationException(rollback = true)
public class CardRejected extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a field. */
    public enum Problem {
        PESEL_CHECKSUM, RECEIVED_ON_MISSING, UNKNOWN_NUMBER, REPEATED_NUMBER, BATCH_CLOSED, NOT_YOUR_BATCH,
        UNKNOWN_CARD,
        /** A card is corrected only in a closed batch. */
        BATCH_OPEN,
        /** A card is corrected by someone who did not key its batch. */
        SAME_KEYER,
        /** Other votes were found to be this card's person's: correcting it would leave them decided against nobody. */
        REPEATED_PERSON,
        /** A card is corrected only where a re-keying read it differently and nobody decided that yet. */
        NO_DIFFERENCE,
        /** A name or an address longer than any on a card (200 characters). */
        TOO_LONG
    }

    private final Map<String, Problem> problems;

    public CardRejected(Map<String, Problem> problems) {
        super("Card rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
