package io.skillgate.sso;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * An SSO sign-in whose (valid, signed) NameID no user has yet: kept in the HTTP session until the person signs in
 * directly, which binds the identifier to that account, or until it expires.
 */
public record PendingSsoBinding(long companyId, String companySlug, String nameId, Instant expiresAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute it is kept under. */
    public static final String SESSION_ATTRIBUTE = PendingSsoBinding.class.getName();
}
