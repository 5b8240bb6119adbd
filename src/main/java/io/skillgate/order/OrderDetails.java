package io.skillgate.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One order as a recruiter sees it: who, what, where it stands, its score, and its timeline.
 *
 * @param attention why a human must look at it (e.g. its result could not be delivered); none when all is well
 * @param reportUrl completed orders: the PDF report
 * @param context   what SR told about the candidate, job and hiring team, once fetched
 */
public record OrderDetails(String orderId, OrderKind kind, OrderStatus status, String packageId,
                           String candidateName, String candidateEmail, @Nullable String jobId,
                           Instant receivedAt, @Nullable Instant expiresAt, @Nullable Score score,
                           @Nullable String scoreLabel, @Nullable String reportUrl, @Nullable String attention,
                           @Nullable OrderContext context, List<Step> timeline) {

    public OrderDetails {
        timeline = List.copyOf(timeline);
    }

    /** One step of the timeline. */
    public record Step(OrderStatus status, Instant at, String actor, String note) {
    }
}
