package io.skillgate.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * SR having a bad time, on demand: the results endpoints (PATCH results, POST attachment) answer 503 or 429 (with
 * {@code Retry-After}) for the next N calls, for a while, or both (whichever ends first). For tests, benchmarks
 * and people trying the retry path ({@code POST /sandbox/sr/control/outage}).
 */
@Component
@Profile("!prod")
public class SandboxOutage {

    /** What the results endpoints answer while the outage lasts. */
    record Refusal(int status, int retryAfterSeconds) {
    }

    private record Plan(int status, int retryAfterSeconds, long callsLeft, @Nullable Instant until) {
    }

    private final Clock clock;
    private final Map<Integer, AtomicLong> answered = new ConcurrentHashMap<>();
    private @Nullable Plan plan;

    SandboxOutage(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts an outage: {@code status} 503 or 429 for the next {@code calls} calls (0: no count limit) and for
     * {@code duration} (null: no time limit); at least one of the two must be set.
     */
    public synchronized void begin(int status, int calls, @Nullable Duration duration, int retryAfterSeconds) {
        if (status != 503 && status != 429) {
            throw new IllegalArgumentException("An outage answers 503 or 429");
        }
        if (calls < 0 || (calls == 0 && duration == null) || retryAfterSeconds < 0) {
            throw new IllegalArgumentException("An outage needs a number of calls or a duration");
        }
        plan = new Plan(status, retryAfterSeconds, calls == 0 ? Long.MAX_VALUE : calls,
                duration == null ? null : clock.instant().plus(duration));
    }

    public synchronized void end() {
        plan = null;
    }

    /** Whether an outage is on now. */
    public synchronized boolean active() {
        return current() != null;
    }

    /** The refusal for this call, if the outage is on (counted). */
    synchronized Optional<Refusal> refuse() {
        Plan now = current();
        if (now == null) {
            return Optional.empty();
        }
        plan = new Plan(now.status(), now.retryAfterSeconds(), now.callsLeft() - 1, now.until());
        answered.computeIfAbsent(now.status(), s -> new AtomicLong()).incrementAndGet();
        return Optional.of(new Refusal(now.status(), now.retryAfterSeconds()));
    }

    private @Nullable Plan current() {
        Plan now = plan;
        if (now != null && (now.callsLeft() <= 0 || (now.until() != null && !clock.instant().isBefore(now.until())))) {
            plan = null;
            return null;
        }
        return now;
    }

    /** Calls answered with {@code status} by outages so far. */
    public long answered(int status) {
        AtomicLong count = answered.get(status);
        return count == null ? 0 : count.get();
    }
}
