package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.ResultStatus;
import io.skillgate.smartrecruiters.domain.ResultDelivery;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;

/**
 * Writes the result pushes an order's status change needs, in the transaction that changed the order (a plain,
 * synchronous {@link EventListener}, not an after-commit one): the rows commit or roll back with the change, so no
 * push is lost and none is made up. A completed regular order also gets its PDF uploaded (SR takes no attachment
 * for an inline order). The job ({@link ResultDeliverer}) sends them.
 */
@Component
class ResultOutbox {

    private static final Logger log = LoggerFactory.getLogger(ResultOutbox.class);

    private final ResultDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    ResultOutbox(ResultDeliveryRepository deliveries, ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(OrderStatusChanged change) {
        AssessmentResult result = ResultPayloads.of(change).orElse(null);
        if (result == null) {
            return;
        }
        Instant now = clock.instant();
        long company = change.companyId().value();
        ResultStatus status = ResultStatus.valueOf(change.status().srStatus().name());
        deliveries.save(new ResultDelivery(company, change.orderId(), change.srOrderId(), DeliveryKind.RESULT,
                status, body(result), now));
        if (change.status() == OrderStatus.COMPLETED && change.kind() == OrderKind.REGULAR) {
            deliveries.save(new ResultDelivery(company, change.orderId(), change.srOrderId(), DeliveryKind.ATTACHMENT,
                    status, null, now));
        }
        log.debug("Result push {} of order {} queued", status, change.orderId());
    }

    private String body(AssessmentResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An SR result body cannot be written", e);
        }
    }
}
