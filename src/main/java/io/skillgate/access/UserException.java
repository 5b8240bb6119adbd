package io.skillgate.access;

/** A user request the service refuses, with a message fit to show the person who made it. */
public class UserException extends RuntimeException {

    /**
     * Why: lets adapters map to the right status (409 for a duplicate, 422 for invalid input, 403 denied, 404 for
     * a user or group the caller's company does not have, or a user who is not in the group).
     */
    public enum Reason { DUPLICATE_EMAIL, DUPLICATE_SSO_IDENTIFIER, INVALID, FORBIDDEN, NOT_FOUND, NOT_IN_GROUP }

    private final Reason reason;

    public UserException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
