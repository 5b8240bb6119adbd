package io.skillgate.smartrecruiters;

/** The status of an assessment result at SR. */
public enum ResultStatus {
    IN_PROGRESS,
    PENDING,
    COMPLETED,
    REJECTED,
    EXPIRED
}
