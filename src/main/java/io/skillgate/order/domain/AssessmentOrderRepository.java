package io.skillgate.order.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentOrderRepository extends JpaRepository<AssessmentOrder, Long> {

    Optional<AssessmentOrder> findByCompanyIdAndCallbackHash(long companyId, String callbackHash);

    Optional<AssessmentOrder> findByCompanyIdAndPublicId(long companyId, String publicId);

    long countByCompanyId(long companyId);
}
