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

    /** The longest name or address a card holds (the form and the paper desk say so). */
    public static final int LONGEST = 200;

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

    /** The normalised name, first and family ("jan kowalski"), that near matches compare. */
    public String name() {
        return normalised(firstName) + " " + normalised(familyName);
    }

    /**
     * The normalised street and building without a flat number: the words up to the first number that follows a word
     * ("ul. Mostowa 1 m. 4", "Mostowa 1/4" and "Mostowa 1" are all "mostowa 1"; "3 Maja 5/2" is "3 maja 5"). Voters of
     * one building are the candidates for a near match.
     */
    public String building() {
        String[] words = normalised(address).split(" ");
        boolean named = false;
        for (int i = 0; i < words.length; i++) {
            boolean number = words[i].chars().anyMatch(Character::isDigit);
            if (number && named) {
                return String.join(" ", java.util.Arrays.copyOf(words, i + 1));
            }
            named |= !number;
        }
        return normalised(address);
    }

    /**
     * Whether two identities of one building might be one person written differently: the same normalised name, or
     * names one letter apart (one letter added, missing or different).
     */
    public boolean nearTo(CardIdentity other) {
        return building().equals(other.building()) && namesNear(name(), other.name());
    }

    /** Whether two normalised names ({@link #name()}) are the same or one letter apart. */
    public static boolean namesNear(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.length() == longer.length() ? shorter.substring(i + 1).equals(longer.substring(i + 1))
                : shorter.substring(i).equals(longer.substring(i + 1));
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
