package io.skillgate.order;

import java.util.Set;

/**
 * Where an order stands: received -> invited -> in progress -> completed, or expired / rejected on the way. Each
 * status maps to the result status SR shows ({@link #srStatus()}).
 */
public enum OrderStatus {
    /** stored; a regular order's invitation mail is on its way */
    RECEIVED(SrStatus.PENDING),
    /** the candidate has a working link and has not started */
    INVITED(SrStatus.PENDING),
    /** the candidate started */
    IN_PROGRESS(SrStatus.IN_PROGRESS),
    /** submitted (or closed at expiry) and scored */
    COMPLETED(SrStatus.COMPLETED),
    /** the link lapsed before the candidate started; a re-send invites again */
    EXPIRED(SrStatus.EXPIRED),
    /** refused after it was received (e.g. by a recruiter, or a candidate address no mail server takes) */
    REJECTED(SrStatus.REJECTED);

    /** SmartRecruiters' result statuses. */
    public enum SrStatus { IN_PROGRESS, PENDING, COMPLETED, REJECTED, EXPIRED }

    private final SrStatus srStatus;

    OrderStatus(SrStatus srStatus) {
        this.srStatus = srStatus;
    }

    public SrStatus srStatus() {
        return srStatus;
    }

    /** Whether the lifecycle allows going from this status to {@code next}. */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case RECEIVED -> Set.of(INVITED, REJECTED).contains(next);
            // INVITED -> INVITED: a re-send or reminder renews the link
            case INVITED -> Set.of(INVITED, IN_PROGRESS, EXPIRED, REJECTED).contains(next);
            case IN_PROGRESS -> Set.of(COMPLETED, REJECTED).contains(next);
            case EXPIRED -> Set.of(INVITED, REJECTED).contains(next);
            case COMPLETED, REJECTED -> false;
        };
    }

    /** No further transition: the result is final. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED;
    }
}
