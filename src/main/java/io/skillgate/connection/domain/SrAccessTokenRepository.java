package io.skillgate.connection.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SrAccessTokenRepository extends JpaRepository<SrAccessToken, Long> {

    /** JPQL with a fetch join rather than an entity graph: Hibernate caches this query's plan (hot path). */
    @Query("select t from SrAccessToken t join fetch t.connection where t.tokenHash = :tokenHash")
    Optional<SrAccessToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update SrAccessToken t set t.revoked = true where t.companyId = :companyId and t.revoked = false")
    int revokeAllOfCompany(long companyId);

    @Query("select max(t.issuedAt) from SrAccessToken t where t.companyId = :companyId")
    Optional<Instant> lastIssuedAt(long companyId);
}
