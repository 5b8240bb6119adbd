package io.skillgate.order;

import io.skillgate.base.CompanyId;

/** Published after an order was stored (not for an idempotent retry). */
public record OrderPlaced(CompanyId companyId, String orderId, OrderKind kind) {
}
