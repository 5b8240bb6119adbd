package io.skillgate.sso;

import java.io.Serial;

import org.springframework.security.authentication.AccountStatusException;

/** A password sign-in refused because the user's company signs in by SSO only (and they are not break-glass). */
public class SsoOnlySignIn extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SsoOnlySignIn() {
        super("This company signs in with single sign-on only");
    }
}
