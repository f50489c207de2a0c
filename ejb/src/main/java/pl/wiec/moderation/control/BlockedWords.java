package pl.wiec.moderation.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Whether a text contains a blocked word: a word of the text that starts with one (so a stem catches its forms). */
public final class BlockedWords {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private BlockedWords() {
    }

    public static boolean contains(String text, Collection<String> blocked) {
        if (text == null || blocked.isEmpty()) {
            return false;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(POLISH);
        return Arrays.stream(normalised.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .anyMatch(word -> blocked.stream().anyMatch(stem -> word.startsWith(stem.toLowerCase(POLISH))));
    }
}
