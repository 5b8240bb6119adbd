package io.skillgate.order;

/** An answer or step the engine will not take, e.g. after the time limit or out of sequence. */
public class AnswerRefused extends RuntimeException {

    public enum Reason {
        /** the assessment's time is up: it was submitted with what was saved */
        TIME_UP,
        /** not the assessment (or question) the candidate is at */
        NOT_CURRENT,
        /** not a valid answer for the question (e.g. an option that does not exist, text too long) */
        INVALID
    }

    private final Reason reason;

    public AnswerRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
