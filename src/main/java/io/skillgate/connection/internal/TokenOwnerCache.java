package io.skillgate.connection.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.skillgate.base.AfterTransaction;
import io.skillgate.connection.domain.TokenOwner;

/**
 * The owners of the bearer tokens seen in the last {@link #REUSE} on this node: SR sends the same token with every
 * partner API call, and reading its row each time was the one database round trip left on the package list.
 * <p>
 * Only tokens that were usable when read are kept, and each use checks expiry again. Disabling a connection on this
 * node drops its tokens here once the change commits, so they stop at once on this node; <b>another node keeps
 * accepting a revoked token for at most {@link #REUSE}</b>, the price of not asking MariaDB on every request.
 * A lookup that raced with a drop is not kept (generation check), and the map is cleared when it grows past
 * {@link #MAX_KEPT} entries, so unknown tokens cannot grow it.
 */
@Component
public class TokenOwnerCache {

    public static final Duration REUSE = Duration.ofSeconds(1);
    static final int MAX_KEPT = 10_000;

    private record Kept(TokenOwner owner, long untilMillis) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    TokenOwnerCache(Clock clock) {
        this.clock = clock;
    }

    /** The usable owner of the token with this hash, from here when read in the last {@link #REUSE}. */
    public Optional<TokenOwner> usableOwner(String tokenHash, Function<String, Optional<TokenOwner>> loader) {
        long now = clock.millis();
        Kept hit = kept.get(tokenHash);
        if (hit != null && now < hit.untilMillis()) {
            return Optional.of(hit.owner()).filter(owner -> owner.isUsableAt(clock.instant()));
        }
        long readIn = generation.get();
        Optional<TokenOwner> owner = loader.apply(tokenHash).filter(o -> o.isUsableAt(clock.instant()));
        if (owner.isPresent()) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(tokenHash, new Kept(owner.get(), now + REUSE.toMillis()));
            if (generation.get() != readIn) {
                kept.remove(tokenHash);
            }
        }
        return owner;
    }

    /** Drops the company's tokens from this node once the current transaction commits (at once without one). */
    public void dropCompanyAfterCommit(long companyId) {
        AfterTransaction.run(() -> dropCompany(companyId));
    }

    private void dropCompany(long companyId) {
        generation.incrementAndGet();
        kept.values().removeIf(k -> k.owner().companyId() == companyId);
    }
}
