package pl.wiec.municipality.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A {@code #rrggbb} colour on which white text is readable; see {@link BrandColour}. The message says which of the two
 * rules failed and, for contrast, the ratio reached, so an administrator knows how far off the colour is.
 */
@Documented
@Constraint(validatedBy = ReadableOnWhite.Validator.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface ReadableOnWhite {

    String message() default "{pl.wiec.municipality.colour.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReadableOnWhite, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            if (!BrandColour.isWellFormed(value)) {
                return false;
            }
            double contrast = BrandColour.contrastWithWhite(value);
            if (contrast >= BrandColour.MINIMUM_CONTRAST_WITH_WHITE) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                    .addMessageParameter("contrast", String.format(Locale.ROOT, "%.1f", contrast))
                    .buildConstraintViolationWithTemplate("{pl.wiec.municipality.colour.contrast}")
                    .addConstraintViolation();
            return false;
        }
    }
}
