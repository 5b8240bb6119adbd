package io.skillgate.access.internal;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;

/** The viewer of the signed-in portal user, by their role and access groups. */
@Component
class SignedInViewers implements Viewers {

    private final AccessGroupService groups;

    SignedInViewers(AccessGroupService groups) {
        this.groups = groups;
    }

    @Override
    public Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUserPrincipal user)
                || user.companyId() == null) {
            return Optional.empty();
        }
        return Optional.of(groups.viewerOf(user));
    }
}
