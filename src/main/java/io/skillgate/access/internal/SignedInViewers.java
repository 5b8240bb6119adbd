package io.skillgate.access.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;

/** The viewer of the signed-in portal user. */
@Component
class SignedInViewers implements Viewers {

    @Override
    public Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUserPrincipal user)
                || user.companyId() == null) {
            return Optional.empty();
        }
        return Optional.of(Viewer.wholeCompany(user.requireCompanyId()));
    }
}
