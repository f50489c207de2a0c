package pl.wiec.municipality.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A Polish telephone number as people write it: nine digits, optionally after {@code +48}, grouped by spaces or hyphens
 * in any way ({@code 87 643 28 00}, {@code +48 876-432-800}).
 */
@Documented
@Constraint(validatedBy = PolishPhoneNumber.Validator.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface PolishPhoneNumber {

    String message() default "{pl.wiec.municipality.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PolishPhoneNumber, String> {
        private static final Pattern NINE_DIGITS = Pattern.compile("(\\+48)?\\d{9}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || NINE_DIGITS.matcher(value.replaceAll("[ -]", "")).matches();
        }
    }
}
