package io.skillgate.connection.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SrConnectionRepository extends JpaRepository<SrConnection, Long> {

    Optional<SrConnection> findByClientId(String clientId);

    Optional<SrConnection> findByCompanyId(long companyId);

    boolean existsBySrCompanyId(String srCompanyId);

    Optional<SrConnection> findBySrCompanyId(String srCompanyId);
}
