package io.skillgate.order;

/** A candidate link that does not (or no longer) open an assessment; the page says why in friendly words. */
public class CandidateLinkRefused extends RuntimeException {

    public enum Reason {
        /** no order has this token (mistyped, or replaced by a newer invitation) */
        UNKNOWN,
        /** the invitation lapsed */
        EXPIRED,
        /** already submitted */
        FINISHED,
        /** the order was withdrawn */
        WITHDRAWN
    }

    private final Reason reason;

    public CandidateLinkRefused(Reason reason) {
        super("Candidate link refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
