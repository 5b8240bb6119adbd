package io.skillgate.access.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import io.skillgate.access.SystemRole;

public interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsBySystemRole(SystemRole role);

    List<PortalUser> findByCompanyIdOrderByLastNameAscFirstNameAsc(Long companyId);

    /** Exact (binary collation) match on the identifier. */
    Optional<PortalUser> findByCompanyIdAndSsoIdentifier(Long companyId, String ssoIdentifier);

    /** Users of a company without an identifier whose e-mail matches ignoring case (the caller compares exactly). */
    List<PortalUser> findByCompanyIdAndSsoIdentifierIsNullAndEmail(Long companyId, String email);

    Optional<PortalUser> findByIdAndCompanyId(Long id, Long companyId);

    /** Exact (binary collation) match on SCIM's externalId, oldest user first. */
    List<PortalUser> findByCompanyIdAndScimExternalIdOrderById(Long companyId, String scimExternalId);

    @Query("SELECT new io.skillgate.access.domain.ActivityState(u.active, u.lastActivityAt, u.passwordChangedAt)"
            + " FROM PortalUser u"
            + " WHERE u.id = :id")
    Optional<ActivityState> findActivityState(@Param("id") long id);

    @Query("SELECT u.id FROM PortalUser u WHERE u.id IN :ids AND u.active = TRUE")
    List<Long> findActiveIds(@Param("ids") Collection<Long> ids);

    long countByCompanyId(Long companyId);

    /** The company's users by id, {@code offset} skipped, at most {@code limit} (SCIM's index paging). */
    @Query(value = "SELECT * FROM portal_users WHERE company_id = :companyId ORDER BY id LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<PortalUser> slice(@Param("companyId") Long companyId, @Param("offset") long offset,
                           @Param("limit") int limit);

    /** The ids among {@code ids} that are users of the company. */
    @Query("SELECT u.id FROM PortalUser u WHERE u.companyId = :companyId AND u.id IN :ids")
    List<Long> findIdsInCompany(@Param("companyId") Long companyId, @Param("ids") Collection<Long> ids);

    /**
     * A page of the company's users by id after {@code afterId}; {@code prefix} (a LIKE pattern ending in %, with
     * {@code !} as escape) matches the e-mail, first name, last name or full name; {@code updatedAfter} filters.
     */
    @Query("""
            SELECT u FROM PortalUser u WHERE u.companyId = :companyId AND u.id > :afterId
              AND (:prefix IS NULL OR u.email LIKE :prefix ESCAPE '!' OR u.firstName LIKE :prefix ESCAPE '!'
                   OR u.lastName LIKE :prefix ESCAPE '!'
                   OR CONCAT(u.firstName, ' ', u.lastName) LIKE :prefix ESCAPE '!')
              AND (:updatedAfter IS NULL OR u.updatedAt > :updatedAfter)
            ORDER BY u.id""")
    List<PortalUser> page(@Param("companyId") Long companyId, @Param("afterId") long afterId,
                          @Param("prefix") @Nullable String prefix, @Param("updatedAfter") @Nullable Instant updatedAfter,
                          Limit limit);

    /** Sets the user's last activity to {@code now} unless it is already at or after {@code notBefore}: one UPDATE. */
    @Modifying
    @Query("""
            UPDATE PortalUser u SET u.lastActivityAt = :now
            WHERE u.id = :id AND (u.lastActivityAt IS NULL OR u.lastActivityAt < :notBefore)""")
    int recordActivity(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);

    List<PortalUser> findByCompanyIdAndActiveTrue(Long companyId);
}
