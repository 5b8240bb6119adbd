package io.skillgate.apikey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByPublicId(String publicId);

    Optional<ApiKey> findByIdAndCompanyId(Long id, long companyId);

    List<ApiKey> findByCompanyIdOrderByCreatedAtDesc(long companyId);

    List<ApiKey> findByCompanyIdAndCreatedByAndRevokedAtIsNull(long companyId, String createdBy);

    /** Records a use unless one was recorded since {@code unlessSince}: at most one write a minute per key. */
    @Modifying
    @Query("UPDATE ApiKey k SET k.lastUsedAt = :at WHERE k.id = :id"
            + " AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :unlessSince)")
    int recordUse(@Param("id") long id, @Param("at") Instant at, @Param("unlessSince") Instant unlessSince);
}
