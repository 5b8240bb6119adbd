package io.skillgate.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SignedInCheck;
import io.skillgate.access.UserService;

/**
 * Every signed-in UI request checks that its user is still active and has not had their password set by a link since
 * the session signed in (one primary-key read, which also tells whether the last activity is due to be written), so a
 * user deactivated, or whose password was reset, on any node loses their session with their next request here; the
 * request then goes on unauthenticated (to the login page). The session's sign-in time is taken at its first signed-in
 * request ({@link #SIGNED_IN_AT}). Active users' sessions are remembered for {@link SignedInSessions}, and the request counts as the user's
 * last activity (written at most every 5 minutes; Vaadin's heartbeats of an open but idle tab do not count).
 */
class ActiveUserFilter extends OncePerRequestFilter {

    /** Session attribute: when the session was first seen signed in (an {@link Instant}). */
    static final String SIGNED_IN_AT = "skillgate.signedInAt";

    private final UserService users;
    private final SignedInSessions sessions;
    private final Clock clock;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    ActiveUserFilter(UserService users, SignedInSessions sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication != null && authentication.getPrincipal() instanceof PortalUserPrincipal user
                && session != null) {
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant)) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            }
            SignedInCheck check = users.checkSignedIn(user.userId(), (Instant) session.getAttribute(SIGNED_IN_AT));
            if (check.active()) {
                sessions.remember(user.userId(), session);
                String query = request.getQueryString();
                if (check.activityDue() && (query == null || !query.contains("v-r=heartbeat"))) {
                    users.recordActivity(user.userId());
                }
            } else {
                session.invalidate();
                contextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
