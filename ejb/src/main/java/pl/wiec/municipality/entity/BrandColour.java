package pl.wiec.municipality.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The municipality's primary colour, as {@code #rrggbb}. The portal draws white text on it (header, buttons), so a
 * colour is accepted only if white text on it meets WCAG 2.1 AA for normal text: a contrast ratio of at least 4.5:1,
 * computed from relative luminance as WCAG defines it.
 */
@Embeddable
public class BrandColour implements Serializable {

    public static final double MINIMUM_CONTRAST_WITH_WHITE = 4.5;
    private static final long serialVersionUID = 1L;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    @Column(name = "primary_colour", length = 7)
    private String hex;

    protected BrandColour() {
    }

    private BrandColour(String hex) {
        this.hex = hex;
    }

    public static BrandColour of(String hex) {
        if (!isWellFormed(hex)) {
            throw new IllegalArgumentException("Not a #rrggbb colour: " + hex);
        }
        if (contrastWithWhite(hex) < MINIMUM_CONTRAST_WITH_WHITE) {
            throw new IllegalArgumentException("White text on " + hex + " is not readable enough");
        }
        return new BrandColour(hex.trim().toLowerCase(Locale.ROOT));
    }

    public static boolean isWellFormed(String hex) {
        return hex != null && HEX.matcher(hex.trim()).matches();
    }

    /** The WCAG contrast ratio of white text on this colour, from 1 (none) to 21 (black). */
    public static double contrastWithWhite(String hex) {
        String digits = hex.trim().substring(1);
        double luminance = 0.2126 * channel(digits, 0) + 0.7152 * channel(digits, 2) + 0.0722 * channel(digits, 4);
        return (1.0 + 0.05) / (luminance + 0.05);
    }

    private static double channel(String digits, int offset) {
        double srgb = Integer.parseInt(digits.substring(offset, offset + 2), 16) / 255.0;
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }

    public String hex() {
        return hex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BrandColour that && Objects.equals(hex, that.hex);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
