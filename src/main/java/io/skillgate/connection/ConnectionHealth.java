package io.skillgate.connection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Everything the connection page shows about one company's link to SR. */
public record ConnectionHealth(String srCompanyId, ConnectionStatus status, String clientId,
                               @Nullable Instant connectedAt, @Nullable String connectedBy,
                               @Nullable Instant disabledAt, @Nullable String disabledBy,
                               @Nullable Instant lastTokenIssuedAt, boolean srCredentialStored,
                               List<ConnectionActivity.Fact> activity) {
}
