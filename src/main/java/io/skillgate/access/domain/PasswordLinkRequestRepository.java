package io.skillgate.access.domain;

import java.time.Instant;

import org.springframework.data.repository.Repository;

public interface PasswordLinkRequestRepository extends Repository<PasswordLinkRequest, Long> {

    PasswordLinkRequest save(PasswordLinkRequest request);

    long countByEmailHashAndRequestedAtAfter(String emailHash, Instant since);

    long countByRemoteAddressAndRequestedAtAfter(String remoteAddress, Instant since);
}
