package io.skillgate.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.sso.SsoOnlySignIn;
import io.skillgate.sso.SsoService;

/**
 * Direct sign-in with e-mail and password. Unlike Spring's default, the account status (deactivated) is
 * checked only <em>after</em> the password matched, so a stranger cannot probe which accounts exist or are
 * deactivated: a wrong password is always just "bad credentials". A user who must sign in by SSO (company set to
 * "SSO only", or login mode SSO while the company's SSO is enabled: {@link SsoService#directSignInAllowed}) is
 * refused after the password check too, unless they are its break-glass admin.
 */
class SignInAuthenticationProvider extends DaoAuthenticationProvider {

    SignInAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                 SsoService sso) {
        super(userDetailsService);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
        setPostAuthenticationChecks(user -> {
            status.check(user);
            if (user instanceof PortalUserPrincipal portalUser && !sso.directSignInAllowed(portalUser)) {
                throw new SsoOnlySignIn();
            }
        });
        setHideUserNotFoundExceptions(true);
    }
}
