package io.skillgate.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the orders grid and its CSV export. */
public record OrderSummary(String orderId, OrderKind kind, OrderStatus status, String packageId,
                           String packageName, String candidateFirstName, String candidateLastName,
                           String candidateEmail, @Nullable String jobId, @Nullable String jobTitle,
                           Instant receivedAt, @Nullable Instant completedAt, @Nullable Score score,
                           @Nullable String scoreLabel, @Nullable String attention) {

    public String candidateName() {
        return (candidateFirstName + " " + candidateLastName).strip();
    }
}
