package io.skillgate.connection.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SrAccessTokenRepository extends JpaRepository<SrAccessToken, Long> {

    @EntityGraph(attributePaths = "connection")
    Optional<SrAccessToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update SrAccessToken t set t.revoked = true where t.companyId = :companyId and t.revoked = false")
    int revokeAllOfCompany(long companyId);

    @Query("select max(t.issuedAt) from SrAccessToken t where t.companyId = :companyId")
    Optional<Instant> lastIssuedAt(long companyId);
}
