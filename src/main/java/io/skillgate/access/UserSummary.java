package io.skillgate.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * A portal user as lists and other modules see them.
 *
 * @param ssoIdentifier the NameID an SSO sign-in must present; {@code null}: the e-mail address
 * @param updatedAt     when name, role, SSO identifier or activation last changed
 * @param lastActivityAt the last signed-in UI request (kept to within a few minutes); {@code null}: none yet
 * @param profile       language, location, login mode and external data
 * @param scimExternalId the SCIM client's own id of the user ({@code externalId}); {@code null}: none
 */
public record UserSummary(long id, @Nullable CompanyId companyId, String email, String firstName, String lastName,
                          SystemRole role, boolean active, Instant createdAt, @Nullable Instant lastSignInAt,
                          @Nullable String ssoIdentifier, Instant updatedAt,
                          @Nullable Instant lastActivityAt, UserProfile profile, @Nullable String scimExternalId) {

    /** The latest of creation, last sign-in and last activity: when the user was last seen (or could have been). */
    public Instant lastSeen() {
        Instant seen = createdAt;
        if (lastSignInAt != null && lastSignInAt.isAfter(seen)) {
            seen = lastSignInAt;
        }
        return lastActivityAt != null && lastActivityAt.isAfter(seen) ? lastActivityAt : seen;
    }

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
