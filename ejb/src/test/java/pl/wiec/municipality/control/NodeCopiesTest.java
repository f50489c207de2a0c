package pl.wiec.municipality.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import pl.wiec.audit.entity.StaffAction;
import pl.wiec.municipality.entity.Municipality;

class NodeCopiesTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final NodeCopies pages = new NodeCopies();

    private Municipality read() {
        reads.incrementAndGet();
        return new Municipality() {
        };
    }

    private void at(int second) {
        pages.useClock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z").plusSeconds(second), ZoneOffset.UTC));
    }

    @Test
    void theProfileIsReadOncePerTenSecondsAndAgainRightAfterAChangeCommits() {
        at(0);
        Municipality first = pages.get(NodeCopies.Name.PROFILE, this::read);
        at(9);
        assertEquals(first, pages.get(NodeCopies.Name.PROFILE, this::read),
                "the copy serves every request for ten seconds");
        assertEquals(1, reads.get());
        at(10);
        pages.get(NodeCopies.Name.PROFILE, this::read);
        assertEquals(2, reads.get(), "then it is read again (another node's change shows within ten seconds)");

        pages.changed(new StaffAction("municipality.profile.revised", "municipality", "name"));
        pages.get(NodeCopies.Name.PROFILE, this::read);
        assertEquals(3, reads.get(), "a change on this node shows at once");
        pages.changed(new StaffAction("budget.edition.saved", "project 5", ""));
        pages.get(NodeCopies.Name.PROFILE, this::read);
        assertEquals(3, reads.get(), "other staff actions leave the copy");
    }

    @Test
    void eachCopyIsKeptByItsNameAndAChangeToTheAreasDropsThemAll() {
        at(0);
        AtomicInteger areaReads = new AtomicInteger();
        pages.get(NodeCopies.Name.PROFILE, this::read);
        assertEquals(java.util.Map.of(1L, "Zarzecze"), pages.get(NodeCopies.Name.AREA_NAMES, () -> {
            areaReads.incrementAndGet();
            return java.util.Map.of(1L, "Zarzecze");
        }));
        pages.get(NodeCopies.Name.AREA_NAMES, () -> java.util.Map.of(1L, "inne"));
        assertEquals(1, areaReads.get(), "the areas' copy is its own");
        pages.changed(new StaffAction("municipality.areas.changed", "areas", ""));
        pages.get(NodeCopies.Name.PROFILE, this::read);
        assertEquals(2, reads.get(), "a change to the areas drops the profile's copy too (one rule, no bookkeeping)");
    }
}
