package io.skillgate.smartrecruiters;

import java.util.List;

/**
 * SR refused a call or could not be reached. {@code status} is SR's HTTP status, or 0 when no answer came
 * (connection refused, timeout); {@code errors} are SR's {@code errors:[{code, message}]}.
 */
public class SmartRecruitersException extends RuntimeException {

    public record Error(String code, String message) {
    }

    private final int status;
    private final List<Error> errors;

    public SmartRecruitersException(int status, String message, List<Error> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<Error> errors() {
        return errors;
    }

    /** SR's message and its error list in one line, for logs and the operator page. */
    public String describe() {
        StringBuilder text = new StringBuilder(status == 0 ? "no answer" : "HTTP " + status).append(": ")
                .append(getMessage());
        errors.forEach(e -> text.append("; ").append(e.code()).append(": ").append(e.message()));
        return text.toString();
    }
}
