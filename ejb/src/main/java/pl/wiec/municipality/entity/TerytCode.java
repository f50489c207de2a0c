package pl.wiec.municipality.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A gmina's code in the TERC part of the national TERYT register: two digits of the voivodeship (an even number from 02
 * to 32), two of the powiat, two of the gmina and one of its kind: 1 urban, 2 rural, 3 urban-rural, 4 the town of an
 * urban-rural gmina, 5 its rural area, 8 a district of Warsaw, 9 a delegation of another city. Augustów is
 * {@code 2001011}.
 */
@Embeddable
public class TerytCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final Set<Character> KINDS = Set.of('1', '2', '3', '4', '5', '8', '9');

    @Column(name = "teryt", length = 7)
    private String code;

    protected TerytCode() {
    }

    private TerytCode(String code) {
        this.code = code;
    }

    public static TerytCode of(String code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("Not a TERYT gmina code: " + code);
        }
        return new TerytCode(code.trim());
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String code = candidate.trim();
        if (!SEVEN_DIGITS.matcher(code).matches()) {
            return false;
        }
        int voivodeship = Integer.parseInt(code.substring(0, 2));
        boolean knownVoivodeship = voivodeship >= 2 && voivodeship <= 32 && voivodeship % 2 == 0;
        boolean hasPowiat = !code.startsWith("00", 2);
        boolean hasGmina = !code.startsWith("00", 4);
        return knownVoivodeship && hasPowiat && hasGmina && KINDS.contains(code.charAt(6));
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TerytCode that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
