package io.skillgate.connection.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.connection.ConnectionProperties;
import io.skillgate.connection.TokenRequestRefused;
import io.skillgate.connection.domain.TokenFailure;
import io.skillgate.connection.domain.TokenFailureRepository;

/**
 * Brute-force protection of the token endpoint: too many refused requests for one client id, or from one
 * address, within the window are answered 429 without checking the secret. Counted in MariaDB, so the limit
 * holds for all nodes together.
 */
@Component
public class TokenThrottle {

    private final TokenFailureRepository failures;
    private final ConnectionProperties properties;

    TokenThrottle(TokenFailureRepository failures, ConnectionProperties properties) {
        this.failures = failures;
        this.properties = properties;
    }

    public void check(String clientId, String remoteAddress, Instant now) {
        Instant since = now.minus(properties.failureWindow());
        if (failures.countByClientIdAndOccurredAtAfter(clientId, since) >= properties.maxFailuresPerClient()
                || failures.countByRemoteAddressAndOccurredAtAfter(remoteAddress, since)
                >= properties.maxFailuresPerAddress()) {
            throw new TokenRequestRefused(TokenRequestRefused.Reason.THROTTLED,
                    "Too many failed attempts; try again later", properties.failureWindow().toSeconds());
        }
    }

    /** Recorded in its own transaction, so it stays even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String clientId, String remoteAddress, Instant now) {
        failures.save(new TokenFailure(truncate(clientId), truncate(remoteAddress), now));
    }

    private static String truncate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64);
    }
}
