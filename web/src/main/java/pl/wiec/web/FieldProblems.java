package pl.wiec.web;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.omnifaces.util.Beans;

import pl.wiec.platform.boundary.InvalidInput;
import pl.wiec.platform.boundary.InvalidInput.Problem;

/**
 * A boundary's refusal of one field in the person's words ("może mieć najwyżej 200 znaków"), from the constraint and
 * its limits, never from the validator's own message (that one is in the server's language, not the person's).
 */
final class FieldProblems {

    private FieldProblems() {
    }

    static String text(Problem problem) {
        String own = problem.limit("message");
        if (own != null) {
            return own(own.substring(1, own.length() - 1));
        }
        String min = problem.limit("min");
        String max = problem.limit("max");
        String value = problem.limit("value");
        return switch (problem.constraint()) {
        case "NotNull", "NotBlank", "NotEmpty" -> Texts.text("field.required");
        case "Size" -> size(problem, min, max);
        case "Email", "EmailAddress" -> Texts.text("field.email");
        case "Max", "DecimalMax" -> Texts.text("field.max", value);
        case "Min", "DecimalMin" -> Texts.text("field.min", value);
        case "Positive" -> Texts.text("field.positive");
        case "PositiveOrZero" -> Texts.text("field.min", "0");
        case "Digits" -> Texts.text("field.digits", problem.limit("integer"), problem.limit("fraction"));
        case "Pattern" -> Texts.text("field.format");
        default -> Texts.text("field.invalid");
        };
    }

    private static String size(Problem problem, String min, String max) {
        String unit = "items".equals(problem.limit("of")) ? "items" : "chars";
        boolean noMinimum = min == null || "0".equals(min);
        boolean noMaximum = max == null || String.valueOf(Integer.MAX_VALUE).equals(max);
        if (noMinimum) {
            return Texts.text("field.size.max." + unit, max);
        }
        return noMaximum ? Texts.text("field.size.min." + unit, min) : Texts.text("field.size.range." + unit, min, max);
    }

    /**
     * A message of Wiec's own constraints, from the business module's {@code ValidationMessages}; one that needs the
     * value refused (which the refusal does not carry) says only that the value is not accepted.
     */
    private static String own(String key) {
        Locale locale = Beans.getReference(Language.class).getLocale();
        try {
            String text = ResourceBundle.getBundle("ValidationMessages", locale, InvalidInput.class.getClassLoader())
                    .getString(key);
            return text.contains("{") ? Texts.text("field.invalid") : text;
        } catch (MissingResourceException unknown) {
            return Texts.text("field.invalid");
        }
    }
}
