package io.skillgate.access;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/** A portal user as lists and other modules see them. */
public record UserSummary(long id, @Nullable CompanyId companyId, String email, String firstName, String lastName,
                          SystemRole role, boolean active, Instant createdAt, @Nullable Instant lastSignInAt) {

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
