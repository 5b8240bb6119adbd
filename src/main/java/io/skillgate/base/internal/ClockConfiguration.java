package io.skillgate.base.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: code asks for a {@link Clock} instead of calling {@code now()} bare, so tests can move time.
 * Its instants are cut to microseconds, the precision of MariaDB's {@code DATETIME(6)}, so an instant read back
 * from the database equals the one that was written. ({@code Clock.tick(clock, 1 µs)} would do the same for
 * {@code instant()}, but its {@code millis()} divides by zero on JDK 17.)
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    static final class MicrosecondClock extends Clock {

        private final Clock source;

        MicrosecondClock(Clock source) {
            this.source = source;
        }

        @Override
        public Instant instant() {
            return source.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return source.millis();
        }

        @Override
        public ZoneId getZone() {
            return source.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(source.withZone(zone));
        }
    }
}
