package io.skillgate.sandbox;

import java.util.List;

/** A refusal in SR's shape {@code {message, errors:[{code, message}]}}. */
class SandboxError extends RuntimeException {

    record Detail(String code, String message) {
    }

    private final int status;
    private final List<Detail> details;
    private final int retryAfterSeconds;

    SandboxError(int status, String message, List<Detail> details) {
        this(status, message, details, -1);
    }

    /** A refusal that tells the caller when to come back ({@code Retry-After}, seconds; negative: not said). */
    SandboxError(int status, String message, List<Detail> details, int retryAfterSeconds) {
        super(message);
        this.status = status;
        this.details = List.copyOf(details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    SandboxError(int status, String message, String code, String detail) {
        this(status, message, List.of(new Detail(code, detail)));
    }

    int status() {
        return status;
    }

    List<Detail> details() {
        return details;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
