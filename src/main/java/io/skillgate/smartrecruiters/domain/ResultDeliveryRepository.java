package io.skillgate.smartrecruiters.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.skillgate.smartrecruiters.DeliveryState;

public interface ResultDeliveryRepository extends JpaRepository<ResultDelivery, Long> {

    /** Pending rows due at {@code now}, oldest first. */
    @Query("SELECT d FROM ResultDelivery d WHERE d.state = io.skillgate.smartrecruiters.DeliveryState.PENDING "
            + "AND d.nextAttemptAt <= :now ORDER BY d.id")
    List<ResultDelivery> findDue(Instant now, Limit limit);

    /** The pending rows of one SR order, in the order they must be delivered. */
    List<ResultDelivery> findByCompanyIdAndSrOrderIdAndStateOrderByIdAsc(long companyId, String srOrderId,
                                                                         DeliveryState state);

    List<ResultDelivery> findByCompanyIdAndOrderIdOrderByIdAsc(long companyId, String orderId);

    Optional<ResultDelivery> findByCompanyIdAndId(long companyId, long id);

    Optional<ResultDelivery> findFirstByCompanyIdAndStateOrderByIdDesc(long companyId, DeliveryState state);

    Optional<ResultDelivery> findFirstByCompanyIdAndStateAndLastErrorNotNullOrderByIdDesc(long companyId,
                                                                                         DeliveryState state);
}
