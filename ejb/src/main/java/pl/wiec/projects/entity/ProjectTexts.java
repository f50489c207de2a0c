package pl.wiec.projects.entity;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.io.Serializable;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * What staff write about a project: title, summary (plain text) and description (HTML, sanitised on save), each in
 * Polish and optionally English, within the limits the page shows ({@link Limits}: a refusal names the page's field,
 * e.g. {@code titlePl}, with the limit).
 */
@ProjectTexts.Limits
public record ProjectTexts(LocalizedText title, LocalizedText summary, LocalizedText description)
        implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 20_000;

    /** Each text within its limit, in both languages; a broken one is reported as the page's field of it. */
    @Constraint(validatedBy = LimitsCheck.class)
    @Documented
    @Target(TYPE)
    @Retention(RUNTIME)
    public @interface Limits {

        String message() default "{jakarta.validation.constraints.Size.message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The check of {@link Limits}. */
    public static class LimitsCheck implements ConstraintValidator<Limits, ProjectTexts> {

        @Override
        public boolean isValid(ProjectTexts texts, ConstraintValidatorContext context) {
            if (texts == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = within(texts.title(), "title", TITLE_MAX, context);
            valid &= within(texts.summary(), "summary", SUMMARY_MAX, context);
            return within(texts.description(), "description", DESCRIPTION_MAX, context) && valid;
        }

        private static boolean within(LocalizedText text, String field, int max, ConstraintValidatorContext context) {
            boolean valid = true;
            if (text != null && text.pl() != null && text.pl().length() > max) {
                tooLong(field + "Pl", max, context);
                valid = false;
            }
            if (text != null && text.en() != null && text.en().length() > max) {
                tooLong(field + "En", max, context);
                valid = false;
            }
            return valid;
        }

        private static void tooLong(String field, int max, ConstraintValidatorContext context) {
            context.buildConstraintViolationWithTemplate("{pl.wiec.projects.tooLong." + max + "}")
                    .addPropertyNode(field).addConstraintViolation();
        }
    }
}
