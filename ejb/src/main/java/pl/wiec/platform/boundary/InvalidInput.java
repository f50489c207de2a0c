package pl.wiec.platform.boundary;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/**
 * A boundary refused its arguments: each {@link Problem} names the field (the parameter or property), the constraint it
 * breaks and the constraint's limits, never the value given, so that neither this exception's message nor a log of it
 * can carry what a person typed (a password, an address, a vote).
 *
 * <p>
 * An application exception: it rolls back and reaches the caller as it is, which turns each problem into a message
 * beside its field (the web module's {@code FormRefusals}); the container does not log it as a failure.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** The attributes of the standard constraints that say what is allowed (size, range, digits). */
    private static final List<String> LIMITS = List.of("min", "max", "value", "integer", "fraction", "inclusive");
    /** Wiec's own constraints' messages ({@code ValidationMessages}), carried as their key to be shown in words. */
    private static final String OWN_MESSAGES = "{pl.wiec.";

    private final List<Problem> problems;

    public InvalidInput(String where, List<Problem> problems) {
        super(where + " refused " + problems.stream().map(Problem::toString).collect(Collectors.joining(", ")), null,
                false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String where, Collection<? extends ConstraintViolation<?>> violations) {
        return new InvalidInput(where,
                violations.stream().map(Problem::of).sorted((a, b) -> a.field.compareTo(b.field)).toList());
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One broken constraint: {@code field} is the last named element of the path (a parameter's or a property's name),
     * {@code constraint} the constraint's simple name ({@code Size}, {@code NotBlank}, {@code Email}, ...),
     * {@code limits} its attributes that say what is allowed ({@code max=200}), {@code of=items} where a collection was
     * too large or small, and {@code message} where the constraint is Wiec's own (its message key).
     */
    public record Problem(String field, String constraint, Map<String, String> limits) implements Serializable {

        public Problem {
            limits = Map.copyOf(limits);
        }

        static Problem of(ConstraintViolation<?> violation) {
            Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
            Map<String, String> limits = new TreeMap<>();
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (LIMITS.contains(name)) {
                    limits.put(name, String.valueOf(value));
                }
            });
            if (violation.getMessageTemplate().startsWith(OWN_MESSAGES)) {
                limits.put("message", violation.getMessageTemplate());
            }
            Object value = violation.getInvalidValue();
            if (value instanceof Collection || value instanceof Map || value != null && value.getClass().isArray()) {
                limits.put("of", "items");
            }
            return new Problem(field(violation.getPropertyPath()), annotation.annotationType().getSimpleName(), limits);
        }

        /** The limit named, or {@code null}. */
        public String limit(String name) {
            return limits.get(name);
        }

        private static String field(Path path) {
            String field = "";
            for (Path.Node node : path) {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field = node.getName();
                }
            }
            return field;
        }

        @Override
        public String toString() {
            return field + " (" + constraint + (limits.isEmpty() ? "" : " " + limits) + ")";
        }
    }
}
