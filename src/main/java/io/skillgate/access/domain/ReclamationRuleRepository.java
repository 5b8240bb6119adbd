package io.skillgate.access.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.skillgate.access.ReclamationMode;

public interface ReclamationRuleRepository extends JpaRepository<ReclamationRule, Long> {

    /** The rules in {@code mode} that are on (more than 0 days), by company. */
    List<ReclamationRule> findByModeAndInactiveDaysGreaterThanOrderByCompanyId(ReclamationMode mode, int days);
}
