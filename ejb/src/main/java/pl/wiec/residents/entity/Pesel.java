package pl.wiec.residents.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A PESEL as it arrives from the national login: 11 digits whose last one is the check digit (weights 1 3 7 9 1 3 7 9 1
 * 3) and whose first six encode a real date of birth (the month carries the century: +80 for the 1800s, +0 for the
 * 1900s, +20, +40, +60 for the 2000s to the 2200s). Its {@link #toString()} never reveals the number.
 */
public final class Pesel {

    private static final int[] WEIGHTS = { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 };

    private final String digits;

    private Pesel(String digits) {
        this.digits = digits;
    }

    public static Pesel of(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("Not a valid PESEL");
        }
        return new Pesel(candidate);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 11 || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (candidate.charAt(i) - '0');
        }
        int check = (10 - sum % 10) % 10;
        return check == candidate.charAt(10) - '0' && birthDate(candidate) != null;
    }

    /** The date of birth the number encodes. */
    public LocalDate birthDate() {
        return birthDate(digits);
    }

    /** The eleven digits, for the keyed hash only; never to be logged, stored in clear or shown. */
    public String digits() {
        return digits;
    }

    private static LocalDate birthDate(String digits) {
        int year = Integer.parseInt(digits.substring(0, 2));
        int encodedMonth = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int centuryCode = encodedMonth / 20;
        int[] centuries = { 1900, 2000, 2100, 2200, 1800 };
        if (centuryCode > 4) {
            return null;
        }
        try {
            return LocalDate.of(centuries[centuryCode] + year, encodedMonth % 20, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pesel that && Objects.equals(digits, that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "PESEL[hidden]";
    }
}
