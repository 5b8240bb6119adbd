package io.skillgate.sso.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import io.skillgate.access.UserService;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.sso.PendingSsoBinding;
import io.skillgate.sso.SsoAuthentication;
import io.skillgate.sso.SsoService;

/**
 * What happens after the IdP's answer was judged: a signed-in user goes where they wanted (the stored target,
 * else a safe RelayState path for IdP-initiated sign-in, else home); a refusal is audited with its reason code and
 * shown as a plain message on the login page; a test sign-in goes back to the admin's page; an unknown NameID is
 * offered for login binding. Never an HTTP 500.
 */
public final class SsoLoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler,
        AuthenticationDetailsSource<HttpServletRequest, SsoLoginDetails> {

    private static final Logger log = LoggerFactory.getLogger(SsoLoginHandlers.class);
    private static final String STARTED = SsoLoginHandlers.class.getName() + ".started";
    static final String SETTINGS_PAGE = "/single-sign-on?test";

    private final CompanyRegistrations registrations;
    private final StoredAuthnRequests requests;
    private final SsoService sso;
    private final UserService users;
    private final AuditService audit;
    private final Clock clock;
    private final AuthenticationSuccessHandler fallback;

    SsoLoginHandlers(CompanyRegistrations registrations, StoredAuthnRequests requests, SsoService sso,
                     UserService users, AuditService audit, Clock clock, AuthenticationSuccessHandler fallback) {
        this.registrations = registrations;
        this.requests = requests;
        this.sso = sso;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.fallback = fallback;
    }

    @Override
    public SsoLoginDetails buildDetails(HttpServletRequest request) {
        StoredAuthnRequests.Started started = requests.startedOf(request).orElse(null);
        request.setAttribute(STARTED, started);
        return new SsoLoginDetails(request, started);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication instanceof SsoAuthentication signedIn) {
            users.recordSignIn(signedIn.getPrincipal().userId());
            audit.record(new AuditEntry(signedIn.getPrincipal().companyId(), signedIn.getPrincipal().email(),
                    "signin.succeeded", "Signed in by SSO (NameID \"" + signedIn.nameId() + "\")",
                    request.getRemoteAddr()));
        }
        String target = authentication.getDetails() instanceof SsoLoginDetails details
                ? safePath(details.targetPath()) : null;
        if (target == null && started(request) == null) {
            // IdP-initiated: the IdP's RelayState may name one of our pages
            target = safePath(request.getParameter(StoredAuthnRequests.RELAY_STATE));
        }
        if (target != null) {
            response.sendRedirect(request.getContextPath() + target);
        } else {
            fallback.onAuthenticationSuccess(request, response, authentication);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String slug = slugOf(request);
        Optional<CompanySso> company = registrations.find(slug);
        CompanyId companyId = company.map(CompanySso::companyId).orElse(null);
        String code = exception instanceof Saml2AuthenticationException saml
                ? SamlRefusal.codeOf(saml.getSaml2Error()) : SamlRefusal.INTERNAL.code();
        String description = exception instanceof Saml2AuthenticationException saml
                ? saml.getSaml2Error().getDescription() : exception.getClass().getSimpleName();
        StoredAuthnRequests.Started started = started(request);
        try {
            if (exception instanceof SsoOutcome outcome && outcome.kind() == SsoOutcome.Kind.TEST_FINISHED) {
                response.sendRedirect(request.getContextPath() + SETTINGS_PAGE);
                return;
            }
            if (started != null && started.testRequestedBy() != null && companyId != null) {
                sso.recordTest(companyId, false, "Refused (" + code + "): " + description, started.testRequestedBy());
                response.sendRedirect(request.getContextPath() + SETTINGS_PAGE);
                return;
            }
            if (exception instanceof SsoOutcome outcome && outcome.kind() == SsoOutcome.Kind.BINDING_OFFERED
                    && companyId != null) {
                request.getSession(true).setAttribute(PendingSsoBinding.SESSION_ATTRIBUTE, new PendingSsoBinding(
                        companyId.value(), slug, outcome.nameId(),
                        clock.instant().plus(LoginBinding.LIFETIME)));
                audit.record(new AuditEntry(companyId, "sso:" + slug, "sso.binding.offered",
                        "An SSO sign-in with the unknown identifier \"" + outcome.nameId()
                                + "\": the direct login form was offered to bind it", request.getRemoteAddr()));
                response.sendRedirect(request.getContextPath() + "/login?sso-bind");
                return;
            }
            audit.record(new AuditEntry(companyId, "sso:" + abbreviate(slug), "sso.refused",
                    "Refused a SAML response (" + code + "): " + description, request.getRemoteAddr()));
            log.atWarn().addKeyValue("event", "sso.refused").addKeyValue("sso.reason", code)
                    .addKeyValue("company", abbreviate(slug)).addKeyValue("client.address", request.getRemoteAddr())
                    .log("Refused a SAML response for {} ({})", abbreviate(slug), code);
        } catch (RuntimeException e) {
            log.error("Could not record a refused SAML response for {}", abbreviate(slug), e);
        }
        response.sendRedirect(request.getContextPath() + "/login?sso-error=" + category(code));
    }

    private static StoredAuthnRequests.@Nullable Started started(HttpServletRequest request) {
        return (StoredAuthnRequests.Started) request.getAttribute(STARTED);
    }

    /** What the login page tells the person: only the cases they can act on are told apart. */
    static String category(String code) {
        if (SamlRefusal.USER_INACTIVE.code().equals(code)) {
            return "inactive";
        }
        if (SamlRefusal.UNKNOWN_IDENTIFIER.code().equals(code)) {
            return "unknown";
        }
        if (SamlRefusal.PASSWORD_LOGIN_MODE.code().equals(code)) {
            return "password";
        }
        return "refused";
    }

    /** A path of ours (absolute path, no scheme, no host, no line breaks, not back into SAML) or {@code null}. */
    static @Nullable String safePath(@Nullable String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.startsWith("/\\") || candidate.contains("\\")
                || candidate.chars().anyMatch(Character::isISOControl) || candidate.contains(":")
                && candidate.indexOf(':') < Math.max(candidate.indexOf('?'), 0)
                || candidate.startsWith("/login") || candidate.startsWith("/saml2/") || candidate.startsWith("/sso")) {
            return null;
        }
        return candidate;
    }

    static String slugOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = uri.indexOf(CompanyRegistrations.ACS_PATH);
        return at < 0 ? "" : uri.substring(at + CompanyRegistrations.ACS_PATH.length());
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
