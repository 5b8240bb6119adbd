package io.skillgate.smartrecruiters;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One result delivery of an order, as the order page and operators see it.
 *
 * @param id            the delivery's id (what {@link ResultDeliveryService#replay} takes)
 * @param status        the result status sent to SR
 * @param lastError     why the last attempt failed (SR's status and message; never a secret)
 * @param nextAttemptAt when a pending delivery is tried next
 * @param replayOf      the delivery this one replays, if it is a replay
 */
public record DeliveryAttemptSummary(long id, String orderId, DeliveryKind kind, ResultStatus status,
                                     DeliveryState state, int attempts, @Nullable String lastError,
                                     Instant createdAt, @Nullable Instant deliveredAt, Instant nextAttemptAt,
                                     @Nullable Long replayOf) {
}
