package io.skillgate.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import io.skillgate.access.UserService;

/** Direct (form) sign-in looks users up by e-mail, case-insensitively. */
@Component
class PortalUserDetailsService implements UserDetailsService {

    private final UserService users;

    PortalUserDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.loadPrincipal(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
