package io.skillgate.apikey;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An API key as the admin's list shows it: never its secret. */
public record ApiKeySummary(long id, String publicId, String name, String description, Set<ApiKeyScope> scopes,
                            String createdBy, Instant createdAt, @Nullable Instant lastUsedAt,
                            @Nullable Instant revokedAt) {

    public ApiKeySummary {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
