package io.skillgate.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;

/** The viewer of the signed-in portal user, by their role and access groups. */
@Component
class SignedInViewers implements Viewers {

    /** How long a requester's viewer is reused (the partner API's package list is a hot path). */
    static final Duration REUSE = Duration.ofSeconds(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final AccessGroupService groups;
    private final UserService users;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    SignedInViewers(AccessGroupService groups, UserService users, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.clock = clock;
    }

    private record Remembered(Optional<Viewer> viewer, Instant until) {
    }

    @Override
    public Optional<Viewer> forUser(CompanyId companyId, String email) {
        String key = companyId + "/" + email.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Remembered remembered = recent.get(key);
        if (remembered != null && remembered.until().isAfter(now)) {
            return remembered.viewer();
        }
        Optional<Viewer> viewer = users.loadPrincipal(email.strip())
                .filter(user -> companyId.equals(user.companyId()) && user.isEnabled())
                .map(groups::viewerOf);
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(key, new Remembered(viewer, now.plus(REUSE)));
        return viewer;
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
