package pl.wiec.municipality.entity;

import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A line of names of an area, a topic or a folder ({@code Polish | English | code}): each name plain text of at most
 * 100 characters (no {@code <} or {@code >}: names are shown on maps, in lists and in exports, never as markup), the
 * code at most 20. A line that breaks it is refused with the others named, instead of being dropped unseen.
 */
@Pattern(regexp = "[^<>|]{0,100}(\\|[^<>|]{0,100}(\\|[^<>|]{0,20})?)?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target(TYPE_USE)
@Retention(RUNTIME)
public @interface NamedLine {

    String message() default "{pl.wiec.municipality.namedLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
