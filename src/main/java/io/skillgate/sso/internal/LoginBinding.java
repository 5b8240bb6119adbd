package io.skillgate.sso.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.sso.PendingSsoBinding;

/**
 * Login binding: when a direct (password) sign-in succeeds in a session that holds a pending SSO binding of the
 * same company, the NameID is bound to that user (audited). Only if the company still allows login binding.
 */
@Component
class LoginBinding {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(LoginBinding.class);

    private final UserService users;
    private final CompanyRegistrations registrations;
    private final Clock clock;

    LoginBinding(UserService users, CompanyRegistrations registrations, Clock clock) {
        this.users = users;
        this.registrations = registrations;
        this.clock = clock;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)
                || !(event.getAuthentication().getPrincipal() instanceof PortalUserPrincipal user)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSsoBinding.SESSION_ATTRIBUTE)
                instanceof PendingSsoBinding pending)) {
            return;
        }
        session.removeAttribute(PendingSsoBinding.SESSION_ATTRIBUTE);
        CompanyId companyId = new CompanyId(pending.companyId());
        boolean allowed = pending.expiresAt().isAfter(clock.instant()) && companyId.equals(user.companyId())
                && registrations.find(companyId).filter(c -> c.loginBindingAllowed() && !c.ssoOnly()).isPresent()
                && users.findForSso(companyId, pending.nameId()).isEmpty();
        if (!allowed) {
            log.atInfo().addKeyValue("event", "sso.binding.skipped").log("A pending SSO binding was not applied");
            return;
        }
        users.bindSsoIdentifier(user.userId(), companyId, pending.nameId(), request.getRemoteAddr());
    }
}
