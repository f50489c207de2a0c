package pl.wiec.platform.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as Polish documents write them: "120 000,00 zł", "12 345" (a no-break space between thousands, so that a
 * number never breaks across lines), and for spreadsheets "120000,00" (a decimal comma, no grouping, which a Polish
 * spreadsheet reads as a number).
 */
public final class PolishNumbers {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private PolishNumbers() {
    }

    /** "120 000,00 zł". */
    public static String amount(BigDecimal value) {
        return format("#,##0.00", value) + NO_BREAK_SPACE + "zł";
    }

    /** "12 345". */
    public static String count(long value) {
        return format("#,##0", BigDecimal.valueOf(value));
    }

    /** "120000,00", for a spreadsheet's cell. */
    public static String plainAmount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl-PL"));
        symbols.setGroupingSeparator(NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
