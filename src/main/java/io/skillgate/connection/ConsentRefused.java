package io.skillgate.connection;

/** The consent flow cannot go on; {@link #getMessage()} is written for the person in front of the page. */
public class ConsentRefused extends RuntimeException {

    public enum Reason {
        /** The request from SR is malformed: no company id, a bad or foreign redirect. */
        BAD_REQUEST,
        /** The signed-in user may not grant (not an admin of a customer company). */
        NOT_ALLOWED,
        /** The SR company is linked to another portal company. */
        LINKED_ELSEWHERE,
        /** This portal company is already connected (to this or another SR company). */
        ALREADY_CONNECTED,
        /** Another grant for this company is under way. */
        IN_PROGRESS,
        /** SR already holds an integration; {@link #relinkable()} says whether we can turn the earlier one on. */
        SR_ALREADY_INTEGRATED,
        /** SR says the customer has not consented on its side. */
        NO_CONSENT_AT_SR,
        /** SR holds no partner configuration of ours. */
        NOT_CONFIGURED_AT_SR,
        /** SR did not answer in time. */
        SR_UNREACHABLE,
        /** SR refused for another reason. */
        SR_REFUSED
    }

    private final Reason reason;
    private final boolean relinkable;

    public ConsentRefused(Reason reason, String message) {
        this(reason, message, false);
    }

    public ConsentRefused(Reason reason, String message, boolean relinkable) {
        super(message);
        this.reason = reason;
        this.relinkable = relinkable;
    }

    public Reason reason() {
        return reason;
    }

    public boolean relinkable() {
        return relinkable;
    }
}
