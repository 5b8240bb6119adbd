package io.skillgate.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.skillgate.base.AfterTransaction;
import io.skillgate.catalog.PackageDetails;

/**
 * Each company's active package list, kept for {@link #TIME_TO_LIVE} on this node: SR asks for it on every
 * package-list call, and it changes rarely. A change made on this node is seen here at once (the company's entry
 * is dropped after the change commits); <b>another node sees it only when its own entry expires, at most
 * {@link #TIME_TO_LIVE} later</b>. Orders never rely on this list: they check the package in the database.
 * <p>
 * A list loaded while a change commits is not kept: every eviction starts a new generation of the company's entry,
 * and a list is stored only if the generation it was loaded in is still the current one.
 */
@Component
public class ActivePackageCache {

    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    /** packages is null for an entry that only carries the generation (just evicted) */
    private record Entry(@Nullable List<PackageDetails> packages, long expiresAtMillis, long generation) {
    }

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    ActivePackageCache(Clock clock) {
        this.clock = clock;
    }

    public List<PackageDetails> get(long companyId, Supplier<List<PackageDetails>> loader) {
        long now = clock.millis();
        Entry entry = entries.get(companyId);
        if (entry != null && entry.packages() != null && now < entry.expiresAtMillis()) {
            return entry.packages();
        }
        long generation = entry == null ? 0 : entry.generation();
        List<PackageDetails> loaded = List.copyOf(loader.get());
        entries.compute(companyId, (id, current) -> (current == null ? 0 : current.generation()) == generation
                ? new Entry(loaded, now + TIME_TO_LIVE.toMillis(), generation) : current);
        return loaded;
    }

    /** Drops the company's list once the current transaction commits (at once without a transaction). */
    public void evictAfterCommit(long companyId) {
        AfterTransaction.run(() -> evict(companyId));
    }

    void evict(long companyId) {
        entries.compute(companyId, (id, current) ->
                new Entry(null, 0, (current == null ? 0 : current.generation()) + 1));
    }
}
