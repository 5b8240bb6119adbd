package io.skillgate.access;

import io.skillgate.base.CompanyId;

/**
 * A portal user was deactivated, published inside the deactivating transaction: listeners revoke what the user holds
 * (their API keys, in the same transaction) and end their UI sessions (after the commit). {@code companyId} is
 * {@code null} for an operator.
 */
public record UserDeactivated(long userId, @org.jspecify.annotations.Nullable CompanyId companyId, String email,
                              String actor) {
}
