package io.skillgate.connection.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SrAccessTokenRepository extends JpaRepository<SrAccessToken, Long> {

    /**
     * The token check of every partner API request: one indexed lookup (unique key on token_hash) joined to its
     * connection, read as a record so Hibernate builds and tracks no entities (JPQL, so its plan is cached).
     */
    @Query("select new io.skillgate.connection.domain.TokenOwner(c.companyId, c.srCompanyId, c.clientId, c.status, "
            + "t.revoked, t.expiresAt) from SrAccessToken t join t.connection c where t.tokenHash = :tokenHash")
    Optional<TokenOwner> findOwnerByTokenHash(String tokenHash);

    @Modifying
    @Query("update SrAccessToken t set t.revoked = true where t.companyId = :companyId and t.revoked = false")
    int revokeAllOfCompany(long companyId);

    @Query("select max(t.issuedAt) from SrAccessToken t where t.companyId = :companyId")
    Optional<Instant> lastIssuedAt(long companyId);

    /** The newest token's issue time per company (company id, time): the operator's list, in one query. */
    @Query("select t.companyId, max(t.issuedAt) from SrAccessToken t group by t.companyId")
    List<Object[]> lastIssuedAtOfAll();
}
