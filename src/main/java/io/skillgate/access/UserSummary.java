package io.skillgate.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * A portal user as lists and other modules see them.
 *
 * @param ssoIdentifier the NameID an SSO sign-in must present; {@code null}: the e-mail address
 * @param updatedAt     when name, role, SSO identifier or activation last changed
 */
public record UserSummary(long id, @Nullable CompanyId companyId, String email, String firstName, String lastName,
                          SystemRole role, boolean active, Instant createdAt, @Nullable Instant lastSignInAt,
                          @Nullable String ssoIdentifier, Instant updatedAt) {

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
