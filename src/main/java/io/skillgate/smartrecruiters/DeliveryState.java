package io.skillgate.smartrecruiters;

/** Where a result delivery stands. */
public enum DeliveryState {
    /** waiting for its (next) attempt */
    PENDING,
    /** SR accepted it */
    DELIVERED,
    /** given up: SR refused it in a way a retry cannot fix, the company is disconnected, or the horizon passed */
    FAILED
}
