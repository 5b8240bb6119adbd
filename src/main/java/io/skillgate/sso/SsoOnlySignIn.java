package io.skillgate.sso;

import java.io.Serial;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A password sign-in refused because the user signs in by SSO only: their company is set to "SSO only", or has SSO
 * enabled and the user's own login mode is SSO (either way, they are not its break-glass admin).
 */
public class SsoOnlySignIn extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SsoOnlySignIn() {
        super("This user signs in with single sign-on only");
    }
}
