package io.skillgate.smartrecruiters.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.skillgate.smartrecruiters.ClientCredential;

import io.skillgate.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCacheTest {


    @Test
    void reusesATokenUntilSixtySecondsBeforeItExpiresThenFetchesANewOne() {
        MovableClock clock = new MovableClock(Instant.parse("2026-11-23T12:00:00Z"));
        AtomicInteger fetched = new AtomicInteger();
        TokenCache cache = new TokenCache(c -> new SrTokenResponse("t" + fetched.incrementAndGet(), "Bearer", 600),
                clock);
        ClientCredential credential = new ClientCredential("id", "secret");

        assertThat(cache.token(credential).value()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(539));
        assertThat(cache.token(credential).value()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.token(credential).value()).isEqualTo("t2");
        assertThat(cache.token(new ClientCredential("id", "other secret")).value())
                .as("a changed secret is another credential").isEqualTo("t3");
        assertThat(cache.token(credential).toString()).doesNotContain("t2");
    }
}
