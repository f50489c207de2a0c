package pl.wiec.residents.boundary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

/**
 * The one rule of residents' passwords: 12 to 200 characters, and not guessable. Guessable is what zxcvbn (Dropbox's
 * estimator, in its Java port) would find within about 10^10 guesses: a password on its shipped lists of common and
 * breached passwords, repeated or consecutive characters ("aaaaaaaaaaaa", "123456789012"), keyboard walks, dates, or
 * the person's own name and address. Length alone is not enough: twelve times the same letter is refused, with the
 * reason said, while a few unrelated words pass.
 *
 * <p>
 * Used by the pages (so the person learns it beside the field, with the rest of the form) and by {@link Residents} (so
 * no other path sets a weak password).
 */
public final class PasswordRule {

    public static final int MINIMUM = 12;
    public static final int MAXIMUM = 200;
    /** zxcvbn's score from which a password is safe enough (3: about 10^10 guesses needed). */
    private static final int SAFE_SCORE = 3;
    /** Words of this platform that guessers try first, whatever the person's own. */
    private static final List<String> PLATFORM_WORDS = List.of("wiec", "haslo", "hasło", "konsultacje", "budzet",
            "obywatelski", "mieszkaniec", "polska", "gmina", "urzad");
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT, TOO_LONG,
        /** On the shipped lists of common or breached passwords (or made of such words). */
        COMMON,
        /** The same characters repeated. */
        REPEATED,
        /** Consecutive characters (abcd, 4567) or a walk along the keyboard (qwerty). */
        SEQUENCE,
        /** Made of the person's own name or e-mail address. */
        PERSONAL,
        /** Guessable otherwise (a date, a short word with digits). */
        GUESSABLE
    }

    private PasswordRule() {
    }

    /**
     * @param personal
     *            what guessers know of the person: names, e-mail address (may hold nulls)
     *
     * @return why the password is refused, or nothing
     */
    public static Optional<Problem> problem(String password, Collection<String> personal) {
        if (password == null || password.length() < MINIMUM) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAXIMUM) {
            return Optional.of(Problem.TOO_LONG);
        }
        List<String> inputs = new ArrayList<>(PLATFORM_WORDS);
        for (String word : personal) {
            if (word != null && !word.isBlank()) {
                inputs.add(word.strip().toLowerCase(Locale.ROOT));
                inputs.addAll(List.of(word.strip().toLowerCase(Locale.ROOT).split("[@.\\s_-]+")));
            }
        }
        Strength strength = ESTIMATOR.measure(password, inputs);
        if (strength.getScore() >= SAFE_SCORE) {
            return Optional.empty();
        }
        return Optional.of(reason(strength.getSequence(), password.length()));
    }

    /** zxcvbn finds "aaaa" as a sequence with a step of nothing; a person reads it as a repeat. */
    private static boolean sameCharacter(CharSequence token) {
        return token.length() > 1 && token.chars().allMatch(c -> c == token.charAt(0));
    }

    /**
     * The same rule for a boundary: nothing if the password keeps it.
     *
     * @throws PasswordRefused
     *             saying why it is refused
     */
    public static void require(String password, Collection<String> personal) {
        problem(password, personal).ifPresent(problem -> {
            throw new PasswordRefused(problem);
        });
    }

    /** What covers most of the password: that is what made it guessable. */
    private static Problem reason(List<Match> matches, int length) {
        int personal = 0;
        int common = 0;
        int repeated = 0;
        int sequence = 0;
        for (Match match : matches) {
            int covered = match.j - match.i + 1;
            if (match.pattern == Pattern.Dictionary && "user_inputs".equals(match.dictionaryName)) {
                personal += covered;
            } else if (match.pattern == Pattern.Dictionary) {
                common += covered;
            } else if (match.pattern == Pattern.Repeat || sameCharacter(match.token)) {
                repeated += covered;
            } else if (match.pattern == Pattern.Sequence || match.pattern == Pattern.Spatial) {
                sequence += covered;
            }
        }
        int most = Math.max(Math.max(personal, common), Math.max(repeated, sequence));
        if (most * 2 < length) {
            return Problem.GUESSABLE;
        }
        if (most == repeated) {
            return Problem.REPEATED;
        }
        if (most == sequence) {
            return Problem.SEQUENCE;
        }
        return most == personal ? Problem.PERSONAL : Problem.COMMON;
    }
}
