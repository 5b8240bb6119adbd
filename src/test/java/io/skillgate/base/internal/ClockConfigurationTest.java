package io.skillgate.base.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClockConfigurationTest {

    private final Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:15:30.123456789Z"), ZoneOffset.UTC);

    @Test
    void instantsAreCutToMicrosecondsLikeDatetime6() {
        assertThat(new ClockConfiguration.MicrosecondClock(fixed).instant())
                .isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
    }

    @Test
    void millisAndZonesWork() {
        Clock clock = new ClockConfiguration.MicrosecondClock(fixed);
        assertThat(clock.millis()).isEqualTo(fixed.millis());
        assertThat(clock.withZone(ZoneId.of("Europe/Berlin")).getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(new ClockConfiguration().clock().millis()).isPositive();
    }
}
