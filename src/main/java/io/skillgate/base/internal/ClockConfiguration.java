package io.skillgate.base.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: code asks for a {@link Clock} instead of calling {@code now()} bare, so tests can move time.
 * It ticks in microseconds, the precision of MariaDB's {@code DATETIME(6)}, so an instant read back from the
 * database equals the one that was written.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
