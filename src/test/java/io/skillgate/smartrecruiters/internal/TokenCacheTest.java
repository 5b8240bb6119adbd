package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.skillgate.smartrecruiters.ClientCredential;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T12:00:00Z");

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
            return now;
        }
    }

    @Test
    void reusesATokenUntilSixtySecondsBeforeItExpiresThenFetchesANewOne() {
        MovableClock clock = new MovableClock();
        AtomicInteger fetched = new AtomicInteger();
        TokenCache cache = new TokenCache(c -> new SrTokenResponse("t" + fetched.incrementAndGet(), "Bearer", 600),
                clock);
        ClientCredential credential = new ClientCredential("id", "secret");

        assertThat(cache.token(credential).value()).isEqualTo("t1");
        clock.now = clock.now.plus(Duration.ofSeconds(539));
        assertThat(cache.token(credential).value()).isEqualTo("t1");
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(cache.token(credential).value()).isEqualTo("t2");
        assertThat(cache.token(new ClientCredential("id", "other secret")).value())
                .as("a changed secret is another credential").isEqualTo("t3");
        assertThat(cache.token(credential).toString()).doesNotContain("t2");
    }
}
