package io.skillgate.access;

/** A password link that cannot set the password: why, for the page to say so at the right field. */
public class PasswordLinkException extends RuntimeException {

    /**
     * {@code INVALID_LINK}: unknown, used, expired, replaced by a newer one, or its user can no longer use it (one
     * reason for all, the audit log tells them apart). The others: the new password breaks the password policy.
     */
    public enum Reason { INVALID_LINK, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG }

    private final Reason reason;

    public PasswordLinkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
