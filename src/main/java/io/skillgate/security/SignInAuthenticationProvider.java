package io.skillgate.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.base.Secrets;
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

    /** Checked against for a user without a password, so they take as long to refuse as a wrong password. */
    private final String noPasswordHash;

    SignInAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                 SsoService sso) {
        super(userDetailsService);
        this.noPasswordHash = passwordEncoder.encode(Secrets.random(32));
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

    /**
     * A user without a password yet (created by the Users API, SCIM or an import; they set one by a password link) is
     * refused like a wrong password, in the same time; Spring's encoder would fail on the missing hash instead.
     */
    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        if (user.getPassword() == null || user.getPassword().isEmpty()) {
            getPasswordEncoder().matches(String.valueOf(authentication.getCredentials()), noPasswordHash);
            throw new BadCredentialsException(messages.getMessage(
                    "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
        }
        super.additionalAuthenticationChecks(user, authentication);
    }
}
