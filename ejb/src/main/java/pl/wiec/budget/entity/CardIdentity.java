package pl.wiec.budget.entity;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Who filled a paper card, as it says: name, address and, where the rules demand it, PESEL. Two cards (or a card and an
 * online ballot whose voter gave their address) are the same person when their names and addresses are the same after
 * {@link #normalised(String) normalising} away case, Polish letters, punctuation and words like "ul." or "m.": "ul.
 * Długa 5/3" and "Dluga 5 m. 3" are one address. A PESEL, when given, identifies the person across every channel.
 */
public record CardIdentity(String firstName, String familyName, String address, String pesel) implements Serializable {

    private static final Set<String> FILLER = Set.of("ul", "ulica", "al", "aleja", "os", "osiedle", "pl", "plac", "m",
            "lok", "nr", "mieszk");

    public CardIdentity {
        firstName = blankToNull(firstName);
        familyName = blankToNull(familyName);
        address = blankToNull(address);
        pesel = blankToNull(pesel);
    }

    /** Whether the card names a person and an address (and, when {@code peselRequired}, carries a PESEL). */
    public boolean isComplete(boolean peselRequired) {
        return firstName != null && familyName != null && address != null && (!peselRequired || pesel != null);
    }

    /** The text the card key is a keyed hash of: normalised name and address. */
    public String nameAndAddress() {
        return normalised(firstName) + "|" + normalised(familyName) + "|" + normalised(address);
    }

    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder kept = new StringBuilder();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
