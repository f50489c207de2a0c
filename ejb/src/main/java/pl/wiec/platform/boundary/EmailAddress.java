package pl.wiec.platform.boundary;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

/**
 * An e-mail address mail can be delivered to: what {@link Email} accepts (no ".." or a dot at the end of the local
 * part) and a domain with a dot and a top-level part of two letters or more ("a@b" is refused). The same annotation
 * checks a boundary's parameter and the field of the page that fills it, so the page refuses exactly what the boundary
 * would. Its length is a separate {@code @Size(max = 254)}, so that "too long" is said as such.
 */
@Email
@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ PARAMETER, FIELD, METHOD, ANNOTATION_TYPE })
@Retention(RUNTIME)
public @interface EmailAddress {

    /** The longest address (RFC 5321's path limit). */
    int MAX = 254;

    String message() default "{jakarta.validation.constraints.Email.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
