package io.skillgate.access;

/**
 * What a signed-in UI request needs to know of its user, read in one primary-key lookup.
 *
 * @param active      the user still exists and is active, and their password was not set by a link after the
 *                    session signed in (else the session ends)
 * @param activityDue the stored last activity is older than {@link UserService#ACTIVITY_PRECISION} (or missing), so
 *                    a request that counts as activity should record it
 */
public record SignedInCheck(boolean active, boolean activityDue) {
}
