package io.skillgate.sso.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SsoSettingsRepository extends JpaRepository<SsoSettings, Long> {

    Optional<SsoSettings> findByCompanyId(long companyId);

    List<SsoSettings> findByMetadataUrlIsNotNull();
}
