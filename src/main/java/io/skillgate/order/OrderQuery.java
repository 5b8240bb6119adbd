package io.skillgate.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A filter over a company's orders, as the orders grid sets it; every part is optional.
 *
 * @param statuses  only these statuses (none: any)
 * @param packageId only this package
 * @param job       SR's job id, or the start of the job's title (any case)
 * @param from      received at or after
 * @param to        received before
 * @param candidate the start of the candidate's e-mail, first or last name (any case)
 */
public record OrderQuery(Set<OrderStatus> statuses, @Nullable String packageId, @Nullable String job,
                         @Nullable Instant from, @Nullable Instant to, @Nullable String candidate)
        implements Serializable {

    /** Every order. */
    public static final OrderQuery ALL = new OrderQuery(Set.of(), null, null, null, null, null);

    public OrderQuery {
        statuses = Set.copyOf(statuses);
        packageId = blankToNull(packageId);
        job = blankToNull(job);
        candidate = blankToNull(candidate);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
