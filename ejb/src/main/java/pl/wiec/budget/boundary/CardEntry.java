package pl.wiec.budget.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import pl.wiec.budget.entity.CardIdentity;
import pl.wiec.budget.entity.CardReading;
import pl.wiec.budget.entity.InvalidReason;

/**
 * What staff key from one paper card: the voter's identity as written, the day a postal card arrived (null for a ballot
 * box), per pool id the numbers of the projects marked (in order of preference for ranked voting), the reason the card
 * is invalid when staff see one (no signature, unreadable...; null when it looks valid), and the area the card's
 * address lies in, as staff read it (the id of an area with a pool of its own; null for anywhere else).
 */
public record CardEntry(CardIdentity identity, LocalDate receivedOn, Map<Long, List<Integer>> numbers,
        InvalidReason invalid, Long area) implements Serializable {

    public CardEntry {
        numbers = numbers == null ? Map.of() : Map.copyOf(numbers);
    }

    /** A card of an edition without area pools, or of a voter outside them. */
    public CardEntry(CardIdentity identity, LocalDate receivedOn, Map<Long, List<Integer>> numbers,
            InvalidReason invalid) {
        this(identity, receivedOn, numbers, invalid, null);
    }

    /** What was read from the card apart from the person. */
    public CardReading reading() {
        return new CardReading(numbers, invalid, area, receivedOn);
    }

    /** Everything keyed, in one canonical text: the same card keyed twice the same way gives the same text. */
    String keyed(int cardNumber) {
        String marks = new TreeMap<>(numbers).entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";"));
        return cardNumber + "|" + identity.nameAndAddress() + "|" + (identity.pesel() == null ? "" : identity.pesel())
                + "|" + (receivedOn == null ? "" : receivedOn) + "|" + marks + "|" + (invalid == null ? "" : invalid)
                + "|" + (area == null ? "" : area);
    }
}
