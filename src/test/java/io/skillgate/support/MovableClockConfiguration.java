package io.skillgate.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@code @Import} it to run a Spring context on a {@link MovableClock} (starting now, cut to seconds) that the test
 * moves by hand; the context's own clock stays defined but this one is injected. Time only moves forward, so tests
 * sharing the context do not disturb each other.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The context's clock as a movable one. */
    public static MovableClock of(Clock clock) {
        return (MovableClock) clock;
    }
}
