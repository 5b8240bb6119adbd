package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.skillgate.base.Secrets;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.SmartRecruitersClient.AccessToken;
import io.skillgate.smartrecruiters.SmartRecruitersException;

/**
 * Access tokens per credential (keyed by client id and a hash of the secret, so a changed secret gets a new
 * token), fetched once and reused until {@link #REFRESH_EARLY} before they expire. Kept in memory only.
 */
class TokenCache {

    static final Duration REFRESH_EARLY = Duration.ofSeconds(60);

    private final Function<ClientCredential, SrTokenResponse> fetch;
    private final Clock clock;
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    TokenCache(Function<ClientCredential, SrTokenResponse> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    AccessToken token(ClientCredential credential) {
        String key = key(credential);
        AccessToken cached = tokens.get(key);
        if (isFresh(cached)) {
            return cached;
        }
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            cached = tokens.get(key);
            if (isFresh(cached)) {
                return cached;
            }
            Instant requestedAt = clock.instant();
            SrTokenResponse answer = fetch.apply(credential);
            if (answer.accessToken() == null || answer.accessToken().isBlank() || answer.expiresIn() <= 0) {
                throw new SmartRecruitersException(200, "SmartRecruiters' token answer has no usable token",
                        List.of());
            }
            AccessToken token = new AccessToken(answer.accessToken(), requestedAt.plusSeconds(answer.expiresIn()));
            tokens.put(key, token);
            return token;
        }
    }

    void invalidate(ClientCredential credential) {
        tokens.remove(key(credential));
    }

    private boolean isFresh(@org.jspecify.annotations.Nullable AccessToken token) {
        return token != null && clock.instant().isBefore(token.expiresAt().minus(REFRESH_EARLY));
    }

    private static String key(ClientCredential credential) {
        return credential.clientId() + "\n" + Secrets.sha256(credential.clientSecret());
    }
}
