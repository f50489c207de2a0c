package pl.wiec.municipality.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import pl.wiec.audit.entity.StaffAction;

/**
 * Copies of the municipality's read-mostly data that every page or every ballot needs (the profile in the header, the
 * areas' names), read from the database at most once per {@link #FRESH_FOR} on each node instead of once per request. A
 * change saved on this node is seen at once (every copy is dropped when a {@code municipality.*} staff action commits);
 * another node of a cluster sees it within {@link #FRESH_FOR}. A copy is shared by all requests, so what it holds must
 * not be changed by them: callers keep immutable values or detached entities they only read. Forms that edit the data
 * never use a copy.
 */
@ApplicationScoped
public class NodeCopies {

    public static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** The copies' names. */
    public enum Name {
        PROFILE, AREA_NAMES
    }

    private record Copy(Object value, Instant readAt) {
    }

    private final Map<Name, Copy> copies = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** The kept copy while it is fresh, else what {@code read} gives now (kept for the next requests). */
    @SuppressWarnings("unchecked")
    public <T> T get(Name name, Supplier<T> read) {
        Instant now = clock.instant();
        Copy kept = copies.get(name);
        if (kept != null && kept.readAt().plus(FRESH_FOR).isAfter(now)) {
            return (T) kept.value();
        }
        T fresh = read.get();
        if (fresh == null) {
            copies.remove(name);
        } else {
            copies.put(name, new Copy(fresh, now));
        }
        return fresh;
    }

    /** Drops every copy once a change to the municipality's data (profile, logo, areas, topics...) has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffAction action) {
        if (action.action().startsWith("municipality.")) {
            copies.clear();
        }
    }

    /** For tests: a clock of their own. */
    void useClock(Clock clock) {
        this.clock = clock;
    }
}
