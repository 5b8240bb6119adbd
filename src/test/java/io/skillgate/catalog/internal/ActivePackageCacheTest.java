package io.skillgate.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.catalog.PackageDetails;

import io.skillgate.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class ActivePackageCacheTest {


    private final MovableClock clock = new MovableClock(Instant.ofEpochMilli(1_000_000));
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

        clock.advance(ActivePackageCache.TIME_TO_LIVE);
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
