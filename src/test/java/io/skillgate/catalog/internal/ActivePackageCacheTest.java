package io.skillgate.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.catalog.PackageDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ActivePackageCacheTest {

    /** a clock the test moves */
    private static final class MovingClock extends Clock {
        private long millis = 1_000_000;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    private final MovingClock clock = new MovingClock();
    private final ActivePackageCache cache = new ActivePackageCache(clock);
    private final AtomicInteger loads = new AtomicInteger();

    private List<PackageDetails> load(String name) {
        loads.incrementAndGet();
        return List.of(new PackageDetails(name, name, "", AssessmentType.SKILL_TEST, true, List.of(),
                PackageAvailability.EVERYWHERE));
    }

    @Test
    void servesTheListUntilItExpiresOrIsEvicted() {
        assertThat(cache.get(1, () -> load("a"))).extracting(PackageDetails::name).containsExactly("a");
        assertThat(cache.get(1, () -> load("b"))).extracting(PackageDetails::name).containsExactly("a");
        assertThat(cache.get(2, () -> load("other"))).extracting(PackageDetails::name).containsExactly("other");
        assertThat(loads).hasValue(2);

        clock.millis += ActivePackageCache.TIME_TO_LIVE.toMillis();
        assertThat(cache.get(1, () -> load("c"))).extracting(PackageDetails::name).containsExactly("c");

        cache.evictAfterCommit(1);
        assertThat(cache.get(1, () -> load("d"))).extracting(PackageDetails::name).containsExactly("d");
        assertThat(loads).hasValue(4);
    }

    @Test
    void aListLoadedWhileAChangeCommitsIsNotKept() {
        List<PackageDetails> stale = cache.get(1, () -> {
            List<PackageDetails> before = load("stale");
            cache.evict(1); // another request's change commits while this one was reading
            return before;
        });
        assertThat(stale).extracting(PackageDetails::name).containsExactly("stale");
        assertThat(cache.get(1, () -> load("fresh"))).extracting(PackageDetails::name).containsExactly("fresh");
        assertThat(cache.get(1, () -> load("unused"))).extracting(PackageDetails::name).containsExactly("fresh");
    }
}
