package io.skillgate.smartrecruiters.internal;

/** Waits until a request for a credential may go out within SR's per-second limit. */
@FunctionalInterface
interface RateLimiter {

    /** Returns once the request may go out; the epoch second it was counted in. */
    long acquire(String clientId) throws InterruptedException;
}
