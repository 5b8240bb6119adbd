package io.skillgate.sandbox;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.skillgate.support.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxOutageTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T12:00:00Z"));
    private final SandboxOutage outage = new SandboxOutage(clock);

    @Test
    void anOutageOfNCallsRefusesExactlyThoseAndCountsThem() {
        outage.begin(429, 2, null, 3);

        assertThat(outage.refuse()).contains(new SandboxOutage.Refusal(429, 3));
        assertThat(outage.refuse()).isPresent();
        assertThat(outage.refuse()).isEmpty();
        assertThat(outage.answered(429)).isEqualTo(2);
        assertThat(outage.active()).isFalse();
    }

    @Test
    void anOutageForAWhileEndsByItself() {
        outage.begin(503, 0, Duration.ofSeconds(30), 0);
        assertThat(outage.refuse()).contains(new SandboxOutage.Refusal(503, 0));
        clock.advance(Duration.ofSeconds(29));
        assertThat(outage.refuse()).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(outage.refuse()).isEmpty();
        assertThat(outage.answered(503)).isEqualTo(2);
    }

    @Test
    void onlyOutagesSrHasAreAccepted() {
        assertThatThrownBy(() -> outage.begin(500, 1, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outage.begin(503, 0, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
