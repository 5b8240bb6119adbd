package io.skillgate.order.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderAnswerRepository extends JpaRepository<OrderAnswer, Long> {

    List<OrderAnswer> findByCompanyIdAndOrderId(long companyId, long orderId);

    Optional<OrderAnswer> findByCompanyIdAndOrderIdAndQuestionId(long companyId, long orderId, String questionId);
}
