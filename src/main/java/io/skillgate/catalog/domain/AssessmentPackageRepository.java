package io.skillgate.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentPackageRepository extends JpaRepository<AssessmentPackage, Long> {

    @EntityGraph(attributePaths = "assessments")
    List<AssessmentPackage> findByCompanyIdAndActiveTrueOrderByNameAsc(long companyId);

    @EntityGraph(attributePaths = "assessments")
    Optional<AssessmentPackage> findByCompanyIdAndPublicId(long companyId, String publicId);

    boolean existsByCompanyId(long companyId);
}
