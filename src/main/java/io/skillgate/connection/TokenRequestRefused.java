package io.skillgate.connection;

/** Why a token request was refused, in RFC 6749 terms (plus throttling). */
public class TokenRequestRefused extends RuntimeException {

    public enum Reason {
        /** unknown client, wrong secret or disabled connection: RFC 6749 {@code invalid_client}, 401 */
        INVALID_CLIENT,
        /** too many wrong secrets for this client id or from this address: 429 */
        THROTTLED
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    public TokenRequestRefused(Reason reason, String message, long retryAfterSeconds) {
        super(message);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
