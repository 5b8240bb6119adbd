package io.skillgate.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;

/**
 * The pushes of an order's result to SmartRecruiters, for the order page: implemented by the module that delivers
 * them ({@code smartrecruiters}), which depends on this one — not the other way round.
 */
public interface ResultDeliveryLog {

    /** The order's pushes, oldest first. */
    List<Entry> entries(CompanyId companyId, String orderId);

    /**
     * Queues a delivered or failed push of this order again.
     *
     * @throws IllegalArgumentException no such push of this order
     * @throws IllegalStateException    the push is still pending
     * @throws org.springframework.security.access.AccessDeniedException a read-only viewer (an auditor)
     */
    Entry replay(Viewer viewer, String orderId, long entryId, String actor);

    /**
     * One push.
     *
     * @param what      what was sent (e.g. "result COMPLETED", "attachment")
     * @param state     PENDING, DELIVERED or FAILED
     * @param lastError why the last attempt failed (never a secret)
     */
    record Entry(long id, String what, String state, int attempts, @Nullable String lastError, Instant createdAt,
                 @Nullable Instant deliveredAt, @Nullable Instant nextAttemptAt, @Nullable Long replayOf) {

        public boolean replayable() {
            return !"PENDING".equals(state);
        }
    }
}
