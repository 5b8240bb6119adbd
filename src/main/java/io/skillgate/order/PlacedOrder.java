package io.skillgate.order;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of placing an order.
 *
 * @param orderId          our public id of the order
 * @param created          {@code false} when this was a retry of an order already stored
 * @param candidateUrl     inline orders: the candidate's assessment URL. We keep only a hash of its token, so
 *                         a retry (SR did not get our first answer) gets a fresh link and the first one stops
 *                         working — it was never delivered.
 */
public record PlacedOrder(String orderId, boolean created, @Nullable String candidateUrl) {
}
