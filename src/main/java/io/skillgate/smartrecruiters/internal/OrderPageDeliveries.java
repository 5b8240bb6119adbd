package io.skillgate.smartrecruiters.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.order.ResultDeliveryLog;
import io.skillgate.smartrecruiters.DeliveryAttemptSummary;
import io.skillgate.smartrecruiters.ResultDeliveryService;

/** The order page's list of result pushes and its replay button, over {@link ResultDeliveryService}. */
@Component
class OrderPageDeliveries implements ResultDeliveryLog {

    private final ResultDeliveryService deliveries;

    OrderPageDeliveries(ResultDeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<Entry> entries(CompanyId companyId, String orderId) {
        return deliveries.deliveries(companyId, orderId).stream().map(OrderPageDeliveries::entry).toList();
    }

    @Override
    @Transactional
    public Entry replay(Viewer viewer, String orderId, long entryId, String actor) {
        viewer.requireMayAct();
        CompanyId companyId = viewer.companyId();
        boolean ofThisOrder = deliveries.deliveries(companyId, orderId).stream().anyMatch(d -> d.id() == entryId);
        if (!ofThisOrder) {
            throw new IllegalArgumentException("No such result push of this order");
        }
        return deliveries.replay(companyId, entryId, actor).map(OrderPageDeliveries::entry)
                .orElseThrow(() -> new IllegalArgumentException("No such result push of this order"));
    }

    private static Entry entry(DeliveryAttemptSummary d) {
        String what = switch (d.kind()) {
            case RESULT -> "result " + d.status();
            case ATTACHMENT -> "PDF report";
        };
        return new Entry(d.id(), what, d.state().name(), d.attempts(), d.lastError(), d.createdAt(), d.deliveredAt(),
                d.state().name().equals("PENDING") ? d.nextAttemptAt() : null, d.replayOf());
    }
}
