package io.skillgate.connection.domain;

import java.time.Instant;

import io.skillgate.connection.ConnectionStatus;

/** What the token check reads about a token and its connection, in one query and without loading entities. */
public record TokenOwner(long companyId, String srCompanyId, String clientId, ConnectionStatus status,
                         boolean revoked, Instant expiresAt) {

    public boolean isUsableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt) && status == ConnectionStatus.ACTIVE;
    }
}
