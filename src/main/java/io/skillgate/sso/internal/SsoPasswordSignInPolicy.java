package io.skillgate.sso.internal;

import org.springframework.stereotype.Component;

import io.skillgate.access.PasswordSignInPolicy;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.sso.SsoService;

/** Tells {@code access} who may have a password: whoever may sign in directly ({@link SsoService#directSignInAllowed}). */
@Component
class SsoPasswordSignInPolicy implements PasswordSignInPolicy {

    private final SsoService sso;

    SsoPasswordSignInPolicy(SsoService sso) {
        this.sso = sso;
    }

    @Override
    public boolean allowsPassword(PortalUserPrincipal user) {
        return sso.directSignInAllowed(user);
    }
}
