package io.skillgate.access;

import io.skillgate.base.CompanyId;

/**
 * A user set a new password by a password link, published inside that transaction: listeners end the user's
 * signed-in sessions (after the commit), since whoever held them may be who the new password locks out.
 */
public record PasswordSet(long userId, CompanyId companyId, String email) {
}
