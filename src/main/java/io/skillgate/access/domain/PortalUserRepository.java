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
}
