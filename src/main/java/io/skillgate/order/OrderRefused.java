package io.skillgate.order;

/** An order the service will not take, with a reason the adapter maps to a status. */
public class OrderRefused extends RuntimeException {

    public enum Reason {
        /** no such package in the ordering company: 404 */
        UNKNOWN_PACKAGE,
        /** the package exists but cannot be ordered this way (or the order is not in a state for the step): 422 */
        NOT_ORDERABLE,
        /** no such order in the company */
        UNKNOWN_ORDER
    }

    private final Reason reason;

    public OrderRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
