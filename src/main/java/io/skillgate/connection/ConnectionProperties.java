package io.skillgate.connection;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param tokenLifetime            how long an access token issued to SR lives (at most one hour)
 * @param maxFailuresPerClient     wrong secrets per client id within {@code failureWindow} before throttling
 * @param maxFailuresPerAddress    wrong secrets per source address within {@code failureWindow} before throttling
 * @param failureWindow            the throttling window
 * @param encryptionKey            base64 of a 256-bit AES key: SR's credential for a company is stored encrypted
 *                                 with it (AES-GCM); required in production
 * @param consentRedirectAllowList origins the consent page may send the browser back to, as
 *                                 {@code scheme://host[:port]}; the host may start with {@code *.} (any subdomain)
 *                                 and the port may be {@code *}
 */
@ConfigurationProperties("skillgate.connection")
public record ConnectionProperties(@DefaultValue("1h") Duration tokenLifetime,
                                   @DefaultValue("10") int maxFailuresPerClient,
                                   @DefaultValue("30") int maxFailuresPerAddress,
                                   @DefaultValue("15m") Duration failureWindow,
                                   @Nullable String encryptionKey,
                                   @DefaultValue({"https://*.smartrecruiters.com", "https://smartrecruiters.com"})
                                   List<String> consentRedirectAllowList) {

    public ConnectionProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero() || tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("skillgate.connection.token-lifetime must be between 1 s and 1 h");
        }
        consentRedirectAllowList = List.copyOf(consentRedirectAllowList);
    }

    @Override
    public String toString() {
        return "ConnectionProperties[tokenLifetime=" + tokenLifetime + ", encryptionKey=****, consentRedirectAllowList="
                + consentRedirectAllowList + "]";
    }
}
