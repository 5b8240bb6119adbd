package io.skillgate.connection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenLifetime           how long an access token issued to SR lives (at most one hour)
 * @param maxFailuresPerClient    wrong secrets per client id within {@code failureWindow} before throttling
 * @param maxFailuresPerAddress   wrong secrets per source address within {@code failureWindow} before throttling
 * @param failureWindow           the throttling window
 */
@ConfigurationProperties("skillgate.connection")
public record ConnectionProperties(@DefaultValue("1h") Duration tokenLifetime,
                                   @DefaultValue("10") int maxFailuresPerClient,
                                   @DefaultValue("30") int maxFailuresPerAddress,
                                   @DefaultValue("15m") Duration failureWindow) {

    public ConnectionProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("skillgate.connection.token-lifetime must be between 1 s and 1 h");
        }
    }
}
