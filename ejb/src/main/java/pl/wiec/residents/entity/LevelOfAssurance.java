package pl.wiec.residents.entity;

import java.util.Arrays;
import java.util.Optional;

/** The eIDAS levels of assurance login.gov.pl reaches, weakest first; a higher level satisfies a lower one. */
public enum LevelOfAssurance {
    LOW, SUBSTANTIAL, HIGH;

    public String uri() {
        return "http://eidas.europa.eu/LoA/" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<LevelOfAssurance> ofUri(String uri) {
        return Arrays.stream(values()).filter(level -> level.uri().equals(uri)).findFirst();
    }

    public boolean satisfies(LevelOfAssurance required) {
        return compareTo(required) >= 0;
    }
}
