package pl.wiec.municipality.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.municipality.entity.Municipality;

/**
 * The municipality's profile as every page's header and footer show it, read from the database at most once per
 * {@link #FRESH_FOR} on each node instead of once per request. A change saved on this node is seen at once (the copy is
 * dropped when the change commits); another node of a cluster sees it within {@link #FRESH_FOR}. Forms that edit the
 * profile never use this copy: they read the row itself, with its version.
 */
@ApplicationScoped
public class ProfileOnPages {

    public static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Copy(Municipality municipality, Instant readAt) {
    }

    private final AtomicReference<Copy> copy = new AtomicReference<>();
    private Clock clock = Clock.systemUTC();

    /** The kept copy while it is fresh, else what {@code read} gives now (kept for the next requests). */
    public Municipality get(Supplier<Municipality> read) {
        Instant now = clock.instant();
        Copy kept = copy.get();
        if (kept != null && kept.readAt().plus(FRESH_FOR).isAfter(now)) {
            return kept.municipality();
        }
        Municipality fresh = read.get();
        copy.set(fresh == null ? null : new Copy(fresh, now));
        return fresh;
    }

    /** Drops the copy once a change to the profile or its logo has committed. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffAction action) {
        if (action.action().startsWith("municipality.")) {
            copy.set(null);
        }
    }

    /** For tests: a clock of their own. */
    void useClock(Clock clock) {
        this.clock = clock;
    }
}
