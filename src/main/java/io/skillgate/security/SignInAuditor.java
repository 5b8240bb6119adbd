package io.skillgate.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserService;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.sso.SsoOnlySignIn;

/** Every sign-in, failed or not, lands in the audit log; a successful one also updates "last sign-in". */
@Component
class SignInAuditor {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditor.class);

    private final AuditService audit;
    private final UserService users;

    SignInAuditor(AuditService audit, UserService users) {
        this.audit = audit;
        this.users = users;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUserPrincipal user) {
            users.recordSignIn(user.userId());
            audit.record(new AuditEntry(user.companyId(), user.email(), "signin.succeeded", "Signed in",
                    remoteAddress(event.getAuthentication())));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        String reason = event.getException() instanceof DisabledException ? "account deactivated"
                : event.getException() instanceof SsoOnlySignIn ? "single sign-on only" : "bad credentials";
        String address = remoteAddress(event.getAuthentication());
        audit.record(new AuditEntry(users.companyOfEmail(name).orElse(null), name, "signin.failed",
                "Sign-in failed: " + reason, address));
        log.atInfo().addKeyValue("event", "signin.failed").addKeyValue("client.address", address)
                .log("Sign-in failed ({}) from {}", reason, address);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
