package io.skillgate.smartrecruiters;

/** What a result delivery sends to SR. */
public enum DeliveryKind {
    /** {@code PATCH …/orders/{orderId}/results} with the stored body */
    RESULT,
    /** {@code POST …/orders/{orderId}/results/attachment} with the order's PDF report (regular orders only) */
    ATTACHMENT
}
