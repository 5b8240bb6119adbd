package io.skillgate.connection.domain;

import java.time.Instant;

import org.springframework.data.repository.Repository;

public interface TokenFailureRepository extends Repository<TokenFailure, Long> {

    TokenFailure save(TokenFailure failure);

    long countByClientIdAndOccurredAtAfter(String clientId, Instant since);

    long countByRemoteAddressAndOccurredAtAfter(String remoteAddress, Instant since);
}
