package pl.wiec.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Amounts of money as people in Poland write them, in every field of a BigDecimal (all are amounts of złoty): "12 000",
 * "12000,50", "12 000,50 zł", "12.000,50", also "12000.50"; at most two digits after the decimal point. Spaces (also
 * the non-breaking ones a copied number has) and "zł"/"PLN" are ignored; a comma is the decimal point, and so is a dot
 * followed by one or two digits only ("12.000" is twelve thousand). Shown back as written in Polish: "12 000,50".
 */
@FacesConverter(forClass = BigDecimal.class)
public class AmountConverter implements Converter<BigDecimal> {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d+([.,]\\d{1,2})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount = parse(value);
        if (amount == null) {
            Object label = component.getAttributes().get("label");
            String text = (label == null ? "" : label + ": ") + Texts.text("field.amount");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return amount;
    }

    /** The amount written, or null when it is not one. */
    public static BigDecimal parse(String written) {
        String text = written.replaceAll("[\\s\\u00a0\\u202f]", "").replaceAll("(?i)(zł|zl|pln)$", "");
        String negative = text.startsWith("-") ? "-" : "";
        String digits = negative.isEmpty() ? text : text.substring(1);
        if (GROUPED.matcher(digits).matches()) {
            return new BigDecimal(negative + digits.replace(".", "").replace(',', '.'));
        }
        if (PLAIN.matcher(digits).matches()) {
            return new BigDecimal(negative + digits.replace(',', '.'));
        }
        return null;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : written(value);
    }

    /** "12 000,50", "12 000": as an amount is written in Polish, with plain spaces, so that it can be typed again. */
    public static String written(BigDecimal value) {
        BigDecimal amount = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.setScale(2, RoundingMode.HALF_UP);
        String plain = amount.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + grouped + (point < 0 ? "" : "," + plain.substring(point + 1));
    }
}
