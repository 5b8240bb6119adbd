package io.skillgate.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentOrderRepository extends JpaRepository<AssessmentOrder, Long> {

    Optional<AssessmentOrder> findByCompanyIdAndCallbackHash(long companyId, String callbackHash);

    Optional<AssessmentOrder> findByCompanyIdAndPublicId(long companyId, String publicId);

    long countByCompanyId(long companyId);

    Optional<AssessmentOrder> findByReportKey(String reportKey);

    /** The order behind a candidate link, locked for the step the candidate takes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from AssessmentOrder o where o.candidateTokenHash = :tokenHash")
    Optional<AssessmentOrder> findForCandidate(String tokenHash);

    /** Regular orders waiting for their invitation mail (a failed send waits for its next try). */
    @Query("select o.id from AssessmentOrder o where o.status = io.skillgate.order.OrderStatus.RECEIVED "
            + "and o.kind = io.skillgate.order.OrderKind.REGULAR and (o.nextInvitationAt is null or o.nextInvitationAt <= :now) "
            + "order by o.id")
    List<Long> findAwaitingInvitation(Instant now, Limit limit);

    @Query("select o.id from AssessmentOrder o where o.status = io.skillgate.order.OrderStatus.INVITED "
            + "and o.nextReminderAt <= :now order by o.nextReminderAt")
    List<Long> findDueForReminder(Instant now, Limit limit);

    @Query("select o.id from AssessmentOrder o where o.status in (io.skillgate.order.OrderStatus.INVITED, "
            + "io.skillgate.order.OrderStatus.IN_PROGRESS) and o.expiresAt <= :now order by o.expiresAt")
    List<Long> findExpired(Instant now, Limit limit);

    @Query("select o from AssessmentOrder o where o.contextState = 'PENDING' "
            + "and (o.nextContextAt is null or o.nextContextAt <= :now) order by o.id")
    List<AssessmentOrder> findAwaitingContext(Instant now, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from AssessmentOrder o where o.id = :id")
    Optional<AssessmentOrder> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from AssessmentOrder o where o.companyId = :companyId and o.publicId = :publicId")
    Optional<AssessmentOrder> lockByCompanyIdAndPublicId(long companyId, String publicId);
}
