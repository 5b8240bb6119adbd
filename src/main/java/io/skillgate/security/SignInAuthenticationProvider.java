package io.skillgate.security;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Direct sign-in with e-mail and password. Unlike Spring's default, the account status (deactivated) is
 * checked only <em>after</em> the password matched, so a stranger cannot probe which accounts exist or are
 * deactivated: a wrong password is always just "bad credentials".
 */
class SignInAuthenticationProvider extends DaoAuthenticationProvider {

    SignInAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder) {
        super(userDetailsService);
        setPasswordEncoder(passwordEncoder);
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        setHideUserNotFoundExceptions(true);
    }
}
