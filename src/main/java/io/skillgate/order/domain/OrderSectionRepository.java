package io.skillgate.order.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderSectionRepository extends JpaRepository<OrderSection, Long> {

    List<OrderSection> findByCompanyIdAndOrderIdOrderByIdAsc(long companyId, long orderId);
}
