package io.skillgate.order;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * Published inside the transaction that changed an order's status, so a listener can write what it must do about
 * it (e.g. the result push to SR) in the same transaction. Not published for a renewal that keeps the status
 * (a reminder).
 *
 * @param orderId   our public id
 * @param srOrderId SR's order id (from the result callback URL)
 * @param startedAt when the candidate started, once they did
 * @param result    the scored result: only with {@link OrderStatus#COMPLETED}
 */
public record OrderStatusChanged(CompanyId companyId, String orderId, String srOrderId, OrderKind kind,
                                 OrderStatus status, Instant occurredAt, @Nullable Instant startedAt,
                                 @Nullable OrderResult result) {
}
