package pl.wiec.budget.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Beans;

import pl.wiec.web.Language;

/** Amounts of złoty as people read them in the chosen language: "240 000 zł", "22 500,50 zł". */
@Named("money")
@ApplicationScoped
public class Money {

    /** For pages: {@code #{money.of(pool.amount())}}. */
    public String of(BigDecimal amount) {
        return format(amount);
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = Beans.getReference(Language.class).getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " zł";
    }
}
