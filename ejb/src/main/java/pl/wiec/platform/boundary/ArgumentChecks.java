package pl.wiec.platform.boundary;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Checks the Bean Validation constraints of every boundary method's parameters before it runs (a default interceptor of
 * every EJB, {@code META-INF/jboss-ejb3.xml}), and refuses with {@link InvalidInput}.
 *
 * <p>
 * It stands in for the container's own method validation, which {@code META-INF/validation.xml} switches off: that one
 * throws a {@code ConstraintViolationException} whose message lists every argument's value, and the server logs it
 * whole, so a password typed at registration, an e-mail address or a voter's choices with their address ended in
 * {@code server.log} whenever a field was too long. Security checks run before this one, so only a caller allowed to
 * call the method learns what it would refuse.
 */
public class ArgumentChecks {

    @Inject
    Validator validator;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(invocation.getTarget(), invocation.getMethod(), invocation.getParameters());
        if (!violations.isEmpty()) {
            throw InvalidInput.of(
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName(),
                    violations);
        }
        return invocation.proceed();
    }
}
