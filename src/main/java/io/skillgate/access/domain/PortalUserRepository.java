package io.skillgate.access.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

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
}
