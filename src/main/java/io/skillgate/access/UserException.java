package io.skillgate.access;

/** A user request the service refuses, with a message fit to show the person who made it. */
public class UserException extends RuntimeException {

    /** Why: lets adapters map to the right status (409 for a duplicate, 422 for invalid input, 403 denied). */
    public enum Reason { DUPLICATE_EMAIL, DUPLICATE_SSO_IDENTIFIER, INVALID, FORBIDDEN }

    private final Reason reason;

    public UserException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
