package pl.wiec.surveys.web;

import java.math.BigDecimal;

/** Numbers of questions and answers as people type and read them here: no trailing zeros, a decimal comma. */
final class PlainNumbers {

    private PlainNumbers() {
    }

    /** "2,5" for 2.5000; empty for none. */
    static String of(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
