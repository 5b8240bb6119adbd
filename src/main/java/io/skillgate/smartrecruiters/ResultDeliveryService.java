package io.skillgate.smartrecruiters;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.smartrecruiters.domain.ResultDelivery;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;
import io.skillgate.smartrecruiters.internal.ResultDeliverer;

/**
 * Results pushed to SR: each status change of an order writes its push to an outbox in the change's own
 * transaction, and a db-scheduler job ({@link #deliverDue()}, every second on one node at a time) delivers it.
 * Here too: an order's delivery history and the replay of a delivered or failed push.
 */
@Service
public class ResultDeliveryService {

    private final ResultDeliveryRepository deliveries;
    private final ResultDeliverer deliverer;
    private final AuditService audit;
    private final Clock clock;

    ResultDeliveryService(ResultDeliveryRepository deliveries, ResultDeliverer deliverer, AuditService audit,
                          Clock clock) {
        this.deliveries = deliveries;
        this.deliverer = deliverer;
        this.audit = audit;
        this.clock = clock;
    }

    /** One run of the delivery job: sends what is due, oldest first, in order per SR order. */
    public DeliveryRound deliverDue() {
        return deliverer.deliverDue();
    }

    /** The pushes of one of the company's orders, oldest first. */
    @Transactional(readOnly = true)
    public List<DeliveryAttemptSummary> deliveries(CompanyId companyId, String orderId) {
        return deliveries.findByCompanyIdAndOrderIdOrderByIdAsc(companyId.value(), orderId).stream()
                .map(ResultDeliveryService::summary).toList();
    }

    /**
     * Sends a delivered or failed push again, as a new pending row with the same body; empty when the company has
     * no such delivery. A pending one is refused: it is still being sent.
     */
    @Transactional
    public Optional<DeliveryAttemptSummary> replay(CompanyId companyId, long deliveryId, String actor) {
        return deliveries.findByCompanyIdAndId(companyId.value(), deliveryId).map(original -> {
            if (original.getState() == DeliveryState.PENDING) {
                throw new IllegalStateException("Delivery " + deliveryId + " is still pending");
            }
            ResultDelivery again = deliveries.save(original.replay(clock.instant()));
            audit.record(AuditEntry.of(companyId, actor, "smartrecruiters.result.replayed", "Result push "
                    + original.getKind() + " " + original.getSrStatus() + " of order " + original.getOrderId()
                    + " (delivery " + deliveryId + ", " + original.getState() + ") queued again as delivery "
                    + again.requireId()));
            return summary(again);
        });
    }

    static DeliveryAttemptSummary summary(ResultDelivery d) {
        return new DeliveryAttemptSummary(d.requireId(), d.getOrderId(), d.getKind(), d.getSrStatus(), d.getState(),
                d.getAttempts(), d.getLastError(), d.getCreatedAt(), d.getDeliveredAt(), d.getNextAttemptAt(),
                d.getReplayOf());
    }
}
