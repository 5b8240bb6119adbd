package io.skillgate.connection;

import java.time.Instant;
import java.util.Optional;

/**
 * How our partner registration at SmartRecruiters stands (the last time we sent our configuration), for the
 * operator's overview. Implemented by the module that talks to SR, which depends on this one, so the overview needs
 * no dependency on it.
 */
public interface PartnerRegistration {

    Optional<Attempt> lastAttempt();

    /** @param message SR's answer or why it was not sent; empty when accepted */
    record Attempt(Instant at, boolean accepted, String message) {
    }
}
